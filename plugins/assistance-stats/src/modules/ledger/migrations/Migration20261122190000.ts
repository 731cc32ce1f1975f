import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { fillRollupSql, ROLLUPS } from "../../../lib/dimensions"

const BOOLEAN_KEYS = new Set(["poverty_exit", "counted"])

/**
 * The coarse rollups (see `ROLLUPS`): the fine rollup's sums over fewer dimensions, so overview
 * statistics read hundreds of ledger rows per cell. Filled from the fine rollup once; appends keep
 * all of them in step from then on.
 */
export class Migration20261122190000 extends Migration {
  override async up(): Promise<void> {
    for (const rollup of ROLLUPS.filter((r) => r.table !== "ledger_rollup")) {
      const columns = rollup.key.map((c) => `"${c}" ${BOOLEAN_KEYS.has(c) ? "boolean" : "text"} not null`)
      this.addSql(`create table if not exists "${rollup.table}" (
        ${columns.join(",\n        ")},
        "amount_fen" bigint not null,
        "quantity" bigint not null,
        "lines" bigint not null,
        "completed_fen" bigint not null default 0,
        constraint "${rollup.table}_pkey" primary key (${rollup.key.map((c) => `"${c}"`).join(", ")})
      );`)
      this.addSql(`create index if not exists "IDX_${rollup.table}_jurisdiction_month" on "${rollup.table}" ("jurisdiction_code", "month");`)
      this.addSql(`${fillRollupSql(rollup)} on conflict do nothing;`)
    }
  }

  override async down(): Promise<void> {
    for (const rollup of ROLLUPS.filter((r) => r.table !== "ledger_rollup")) this.addSql(`drop table if exists "${rollup.table}" cascade;`)
  }
}
