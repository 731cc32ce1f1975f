import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createRollupsSql } from "../../../lib/dimensions"

const TABLES = ["ledger_rollup_jurisdiction", "ledger_rollup_unit"]

/**
 * Two more coarse rollups: a subtree's months (one row per jurisdiction a month), and by unit (one
 * row per unit a month), so neither question reads the fine rollup.
 */
export class Migration20261122213000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of createRollupsSql(TABLES)) this.addSql(sql)
  }

  override async down(): Promise<void> {
    for (const table of TABLES) this.addSql(`drop table if exists "${table}" cascade;`)
  }
}
