import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127034255 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "share_declaration" drop constraint if exists "share_declaration_unit_id_year_unique";`);
    this.addSql(`alter table if exists "share_campaign" drop constraint if exists "share_campaign_jurisdiction_code_year_unique";`);
    this.addSql(`create table if not exists "share_bulletin" ("id" text not null, "campaign_id" text not null, "title" text not null, "as_of" text not null, "office_name" text not null, "coverage" jsonb not null, "rows" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "share_bulletin_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_bulletin_deleted_at" ON "share_bulletin" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_bulletin_campaign_id_created_at" ON "share_bulletin" ("campaign_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "share_campaign" ("id" text not null, "jurisdiction_code" text not null, "year" integer not null, "deadline" text not null, "rate_bp" integer not null default 1000, "office_user_id" text not null, "office_name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "share_campaign_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_campaign_deleted_at" ON "share_campaign" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_share_campaign_jurisdiction_code_year_unique" ON "share_campaign" ("jurisdiction_code", "year") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "share_declaration" ("id" text not null, "campaign_id" text not null, "year" integer not null, "unit_id" text not null, "unit_name" text not null, "parent_unit_id" text null, "jurisdiction_code" text not null, "kind" text check ("kind" in ('canteen', 'no_canteen', 'shared_canteen', 'outsourced')) not null, "canteen_total_fen" numeric null, "reserved_fen" numeric null, "representative_unit_id" text null, "representative_unit_name" text null, "contractor_name" text null, "status" text check ("status" in ('submitted', 'reviewed', 'confirmed', 'returned')) not null default 'submitted', "late" boolean not null default false, "raw_canteen_total_fen" jsonb null, "raw_reserved_fen" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "share_declaration_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_declaration_deleted_at" ON "share_declaration" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_share_declaration_unit_id_year_unique" ON "share_declaration" ("unit_id", "year") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_declaration_campaign_id" ON "share_declaration" ("campaign_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_declaration_parent_unit_id_year" ON "share_declaration" ("parent_unit_id", "year") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "share_declaration_event" ("id" text not null, "declaration_id" text not null, "action" text check ("action" in ('submitted', 'changed', 'reviewed', 'returned', 'confirmed')) not null, "actor_type" text check ("actor_type" in ('customer', 'office')) not null, "actor_id" text not null, "actor_name" text not null, "reason" text null, "snapshot" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "share_declaration_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_declaration_event_deleted_at" ON "share_declaration_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_share_declaration_event_declaration_id_created_at" ON "share_declaration_event" ("declaration_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "share_bulletin" cascade;`);

    this.addSql(`drop table if exists "share_campaign" cascade;`);

    this.addSql(`drop table if exists "share_declaration" cascade;`);

    this.addSql(`drop table if exists "share_declaration_event" cascade;`);
  }

}
