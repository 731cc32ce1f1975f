import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122132225 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "supplier_part" drop constraint if exists "supplier_part_supplier_id_invoice_number_unique";`);
    this.addSql(`alter table if exists "supplier_part" drop constraint if exists "supplier_part_order_id_supplier_id_unique";`);
    this.addSql(`alter table if exists "supplier" drop constraint if exists "supplier_uscc_unique";`);
    this.addSql(`create table if not exists "supplier" ("id" text not null, "name" text not null, "uscc" text not null, "entity_type" text check ("entity_type" in ('enterprise', 'cooperative', 'family_farm')) not null, "county_code" text not null, "sourcing_county_codes" jsonb null, "contact_name" text not null, "contact_phone" text not null, "address" text null, "status" text check ("status" in ('pending', 'approved', 'suspended', 'terminated')) not null default 'pending', "status_reason" text null, "stock_location_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_deleted_at" ON "supplier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_uscc_unique" ON "supplier" ("uscc") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_status" ON "supplier" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_county_code" ON "supplier" ("county_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supplier_event" ("id" text not null, "from_status" text null, "to_status" text not null, "actor_type" text not null, "actor_id" text null, "reason" text null, "occurred_at" timestamptz not null, "supplier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_event_supplier_id" ON "supplier_event" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_event_deleted_at" ON "supplier_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_event_supplier_id_occurred_at" ON "supplier_event" ("supplier_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supplier_part" ("id" text not null, "order_id" text not null, "supplier_id" text null, "item_ids" jsonb not null, "carrier" text null, "tracking_number" text null, "fulfillment_id" text null, "shipped_at" timestamptz null, "invoice_number" text null, "invoice_file" jsonb null, "invoiced_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_part_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_part_supplier_id" ON "supplier_part" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_part_deleted_at" ON "supplier_part" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_part_order_id_supplier_id_unique" ON "supplier_part" ("order_id", "supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_part_supplier_id_created_at" ON "supplier_part" ("supplier_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_part_supplier_id_invoice_number_unique" ON "supplier_part" ("supplier_id", "invoice_number") WHERE invoice_number IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supplier_user" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('owner', 'staff')) not null, "status" text check ("status" in ('invited', 'active', 'removed')) not null default 'invited', "invite_code_hash" text null, "invite_expires_at" timestamptz null, "supplier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_user_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_user_supplier_id" ON "supplier_user" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_user_deleted_at" ON "supplier_user" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_user_email" ON "supplier_user" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "supplier_event" add constraint "supplier_event_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "supplier_part" add constraint "supplier_part_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "supplier_user" add constraint "supplier_user_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "supplier_event" drop constraint if exists "supplier_event_supplier_id_foreign";`);

    this.addSql(`alter table if exists "supplier_part" drop constraint if exists "supplier_part_supplier_id_foreign";`);

    this.addSql(`alter table if exists "supplier_user" drop constraint if exists "supplier_user_supplier_id_foreign";`);

    this.addSql(`drop table if exists "supplier" cascade;`);

    this.addSql(`drop table if exists "supplier_event" cascade;`);

    this.addSql(`drop table if exists "supplier_part" cascade;`);

    this.addSql(`drop table if exists "supplier_user" cascade;`);
  }

}
