import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122142339 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "offline_purchase" ("id" text not null, "unit_id" text not null, "unit_name" text not null, "unit_type" text not null, "unit_parent_chain" jsonb null, "jurisdiction_code" text not null, "jurisdiction_chain" jsonb not null, "registered_by" text not null, "supplier_name" text not null, "supplier_uscc" text null, "description" text not null, "county_code" text not null, "amount_fen" integer not null, "purchase_date" text not null, "purchase_type" text check ("purchase_type" in ('direct', 'helped')) not null, "channel" text check ("channel" in ('personal', 'canteen', 'office', 'holiday_gift', 'welfare')) not null, "funding" text check ("funding" in ('personal', 'budget', 'union', 'own_funds')) not null, "invoice_numbers" jsonb not null, "contract_number" text null, "evidence" jsonb null, "status" text check ("status" in ('pending', 'verified', 'rejected')) not null default 'pending', "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "offline_purchase_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offline_purchase_deleted_at" ON "offline_purchase" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offline_purchase_jurisdiction_code_status" ON "offline_purchase" ("jurisdiction_code", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_offline_purchase_unit_id" ON "offline_purchase" ("unit_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`);

    this.addSql(`alter table if exists "ledger_entry" add column if not exists "purchase_type" text check ("purchase_type" in ('direct', 'helped')) not null default 'direct';`);
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check("kind" in ('sale', 'reversal', 'offline'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "offline_purchase" cascade;`);

    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`);

    this.addSql(`alter table if exists "ledger_entry" drop column if exists "purchase_type";`);

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check("kind" in ('sale', 'reversal'));`);
  }

}
