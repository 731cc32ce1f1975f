import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122141234 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "target" ("id" text not null, "name" text not null, "year" integer not null, "jurisdiction_code" text not null, "scope" text check ("scope" in ('jurisdiction', 'unit_type', 'unit')) not null, "unit_types" jsonb null, "unit_id" text null, "metric" text check ("metric" in ('amount', 'share_of_canteen', 'share_of_holiday_gifts')) not null, "threshold_fen" numeric null, "rate_bp" integer null, "paired_only" boolean not null default false, "poverty_only" boolean not null default false, "channels" jsonb null, "fundings" jsonb null, "raw_threshold_fen" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "target_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_target_deleted_at" ON "target" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_target_jurisdiction_code_year" ON "target" ("jurisdiction_code", "year") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_target_unit_id" ON "target" ("unit_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "target" cascade;`);
  }

}
