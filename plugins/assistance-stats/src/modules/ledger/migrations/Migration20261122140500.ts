import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The statistics rollup: ledger amounts summed per month and every dimension offices group by,
 * maintained in the same transaction as each append. Hand-written (it is a derived read model, not
 * a data model): bigint sums, which the data-model language does not offer, and the full key as
 * primary key so appends upsert into it.
 */
export class Migration20261122140500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ledger_rollup" (
      "month" text not null,
      "jurisdiction_code" text not null,
      "unit_id" text not null,
      "unit_type" text not null,
      "parent_unit_id" text not null,
      "province_code" text not null,
      "prefecture_code" text not null,
      "county_code" text not null,
      "poverty_exit" boolean not null,
      "pairing_type" text not null,
      "certificate_type" text not null,
      "channel" text not null,
      "funding" text not null,
      "supplier_id" text not null,
      "purchase_type" text not null,
      "counted" boolean not null,
      "not_counted_reason" text not null,
      "amount_fen" bigint not null,
      "quantity" bigint not null,
      "lines" bigint not null,
      constraint "ledger_rollup_pkey" primary key ("month", "jurisdiction_code", "unit_id", "unit_type", "parent_unit_id",
        "province_code", "prefecture_code", "county_code", "poverty_exit", "pairing_type", "certificate_type", "channel", "funding",
        "supplier_id", "purchase_type", "counted", "not_counted_reason")
    );`)
    this.addSql(`create index if not exists "IDX_ledger_rollup_jurisdiction_month" on "ledger_rollup" ("jurisdiction_code", "month");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_rollup" cascade;`)
  }
}
