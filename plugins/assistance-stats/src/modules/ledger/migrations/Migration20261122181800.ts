import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The rollup's completed amount: what of each row's amount belongs to parts complete as 832 counts them. */
export class Migration20261122181800 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ledger_rollup" add column if not exists "completed_fen" bigint not null default 0;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ledger_rollup" drop column if exists "completed_fen";`)
  }
}
