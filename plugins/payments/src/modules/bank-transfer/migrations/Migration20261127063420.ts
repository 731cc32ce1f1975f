import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261127063420 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "remittance" drop constraint if exists "remittance_bank_reference_unique";`)
    this.addSql(`alter table if exists "bank_transfer" drop constraint if exists "bank_transfer_reference_unique";`)
    this.addSql(`alter table if exists "bank_transfer" drop constraint if exists "bank_transfer_order_id_unique";`)
    this.addSql(
      `create table if not exists "bank_transfer" ("id" text not null, "order_id" text not null, "payment_id" text not null, "reference" text not null, "amount_fen" integer not null, "payer_name" text not null, "funding" text not null, "payee" jsonb not null, "due_at" timestamptz not null, "flagged_at" timestamptz null, "status" text check ("status" in ('awaiting', 'paid', 'canceled')) not null default 'awaiting', "paid_at" timestamptz null, "canceled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transfer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_deleted_at" ON "bank_transfer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transfer_order_id_unique" ON "bank_transfer" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transfer_reference_unique" ON "bank_transfer" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_status_due_at" ON "bank_transfer" ("status", "due_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "remittance" ("id" text not null, "transfer_id" text not null, "amount_fen" integer not null, "payer_account_name" text not null, "bank_reference" text not null, "remitted_on" text not null, "voucher_file_id" text null, "voucher_filename" text null, "voucher_mime_type" text null, "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "remittance_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_remittance_transfer_id" ON "remittance" ("transfer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_remittance_deleted_at" ON "remittance" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_remittance_bank_reference_unique" ON "remittance" ("bank_reference") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "remittance" add constraint "remittance_transfer_id_foreign" foreign key ("transfer_id") references "bank_transfer" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "remittance" drop constraint if exists "remittance_transfer_id_foreign";`)

    this.addSql(`drop table if exists "bank_transfer" cascade;`)

    this.addSql(`drop table if exists "remittance" cascade;`)
  }
}
