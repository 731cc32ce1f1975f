import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127032521 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "check_decision" ("id" text not null, "finding_key" text not null, "check" text not null, "decision" text check ("decision" in ('confirmed', 'false_positive', 'resolved')) not null, "note" text not null, "office_user_id" text not null, "office_name" text not null, "jurisdiction_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "check_decision_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_check_decision_deleted_at" ON "check_decision" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_check_decision_finding_key_created_at" ON "check_decision" ("finding_key", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_check_decision_jurisdiction_code" ON "check_decision" ("jurisdiction_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "check_decision" cascade;`);
  }

}
