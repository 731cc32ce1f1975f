import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122134731 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_entry_key_unique";`);
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_seq_unique";`);
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "seq" integer not null, "entry_key" text not null, "kind" text check ("kind" in ('sale', 'reversal')) not null, "reverses_key" text null, "occurred_at" timestamptz not null, "day" text not null, "month" text not null, "order_id" text not null, "order_display_id" integer null, "order_item_id" text not null, "product_id" text null, "product_title" text not null, "variant_title" text null, "quantity" integer not null, "amount_fen" integer not null, "supplier_id" text null, "supplier_name" text null, "county_code" text null, "prefecture_code" text null, "province_code" text null, "poverty_exit" boolean not null default false, "certificates" jsonb not null, "unit_id" text null, "unit_name" text null, "unit_type" text null, "unit_parent_chain" jsonb null, "jurisdiction_code" text null, "jurisdiction_chain" jsonb null, "channel" text not null, "funding" text not null, "customer_id" text null, "pairing_types" jsonb not null, "counted" boolean not null, "not_counted_reason" text null, "evidence" jsonb null, "prev_hash" text not null, "hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_seq_unique" ON "ledger_entry" ("seq") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_entry_key_unique" ON "ledger_entry" ("entry_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_month_counted" ON "ledger_entry" ("month", "counted") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_unit_id_month" ON "ledger_entry" ("unit_id", "month") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_jurisdiction_code_month" ON "ledger_entry" ("jurisdiction_code", "month") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
