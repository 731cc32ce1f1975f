import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122065030 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pairing" drop constraint if exists "pairing_jurisdiction_code_division_code_valid_from_unique";`);
    this.addSql(`alter table if exists "jurisdiction" drop constraint if exists "jurisdiction_code_unique";`);
    this.addSql(`alter table if exists "division" drop constraint if exists "division_code_unique";`);
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_type_number_unique";`);
    this.addSql(`create table if not exists "certificate" ("id" text not null, "type" text check ("type" in ('assistance_product', 'baixian_baipin', 'geographical_indication', 'green_food', 'organic', 'platform_832', 'other')) not null, "number" text not null, "batch" text null, "issuer" text not null, "issuer_level" text check ("issuer_level" in ('county', 'prefecture', 'province', 'national', 'association')) not null, "supplier_name" text not null, "supplier_uscc" text not null, "county_code" text not null, "poverty_mechanism" text null, "beneficiaries" integer null, "publicity_from" text null, "publicity_to" text null, "valid_from" text not null, "valid_to" text not null, "status" text check ("status" in ('applied', 'under_review', 'publicity', 'valid', 'rejected', 'suspended', 'revoked', 'expired')) not null default 'applied', "status_reason" text null, "evidence" jsonb null, "reminded_days_before" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_type_number_unique" ON "certificate" ("type", "number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_number" ON "certificate" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_status" ON "certificate" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_county_code" ON "certificate" ("county_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "certificate_event" ("id" text not null, "from_status" text null, "to_status" text not null, "actor_type" text not null, "actor_id" text null, "reason" text null, "occurred_at" timestamptz not null, "certificate_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_certificate_id" ON "certificate_event" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_deleted_at" ON "certificate_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_event_certificate_id_occurred_at" ON "certificate_event" ("certificate_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "division" ("id" text not null, "code" text not null, "name" text not null, "level" text check ("level" in ('province', 'prefecture', 'county')) not null, "parent_code" text null, "is_poverty_exit" boolean not null default false, "is_key_assistance" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "division_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_division_code_unique" ON "division" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_division_deleted_at" ON "division" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_division_parent_code" ON "division" ("parent_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_division_level" ON "division" ("level") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jurisdiction" ("id" text not null, "code" text not null, "name" text not null, "parent_code" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jurisdiction_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jurisdiction_code_unique" ON "jurisdiction" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jurisdiction_deleted_at" ON "jurisdiction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jurisdiction_parent_code" ON "jurisdiction" ("parent_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pairing" ("id" text not null, "jurisdiction_code" text not null, "division_code" text not null, "pairing_type" text check ("pairing_type" in ('east_west', 'counterpart', 'mountain_sea', 'intra_region', 'other')) not null, "label" text not null, "valid_from" text not null, "valid_to" text null, "source" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pairing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pairing_deleted_at" ON "pairing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pairing_division_code" ON "pairing" ("division_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pairing_jurisdiction_code" ON "pairing" ("jurisdiction_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pairing_jurisdiction_code_division_code_valid_from_unique" ON "pairing" ("jurisdiction_code", "division_code", "valid_from") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "certificate_event" add constraint "certificate_event_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "certificate_event" drop constraint if exists "certificate_event_certificate_id_foreign";`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "certificate_event" cascade;`);

    this.addSql(`drop table if exists "division" cascade;`);

    this.addSql(`drop table if exists "jurisdiction" cascade;`);

    this.addSql(`drop table if exists "pairing" cascade;`);
  }

}
