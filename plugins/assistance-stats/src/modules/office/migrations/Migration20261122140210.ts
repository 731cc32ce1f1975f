import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122140210 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "office_user" drop constraint if exists "office_user_email_unique";`);
    this.addSql(`create table if not exists "office_user" ("id" text not null, "email" text not null, "name" text not null, "office_name" text not null, "office_type" text check ("office_type" in ('counterpart_support', 'cooperation_exchange', 'rural_revitalization', 'commerce', 'trade_union')) not null, "jurisdiction_code" text not null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "office_user_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_office_user_deleted_at" ON "office_user" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_office_user_email_unique" ON "office_user" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_office_user_jurisdiction_code" ON "office_user" ("jurisdiction_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "office_user" cascade;`);
  }

}
