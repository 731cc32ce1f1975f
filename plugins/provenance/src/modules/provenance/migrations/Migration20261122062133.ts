import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122062133 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "division" drop constraint if exists "division_code_unique";`);
    this.addSql(`create table if not exists "division" ("id" text not null, "code" text not null, "name" text not null, "level" text check ("level" in ('province', 'prefecture', 'county')) not null, "parent_code" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "division_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_division_code_unique" ON "division" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_division_deleted_at" ON "division" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_division_parent_code" ON "division" ("parent_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "division" cascade;`);
  }

}
