import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createRollupsSql } from "../../../lib/dimensions"

const TABLES = ["ledger_rollup_month", "ledger_rollup_origin"]

/**
 * The first coarse rollups (see `ROLLUPS`): the fine rollup's sums over fewer dimensions, so overview
 * statistics read hundreds of ledger rows per cell. Filled from the fine rollup once; appends keep
 * all of them in step from then on.
 */
export class Migration20261122190000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of createRollupsSql(TABLES)) this.addSql(sql)
  }

  override async down(): Promise<void> {
    for (const table of TABLES) this.addSql(`drop table if exists "${table}" cascade;`)
  }
}
