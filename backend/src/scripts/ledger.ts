import type { ExecArgs } from "@medusajs/framework/types"
import { reconcileLedger } from "@zhunong/assistance-stats/workflows"
import { verifyLedger } from "@zhunong/assistance-stats/queries"

/**
 * The ledger from the command line (DATABASE_URL as for the backend):
 *   npx medusa exec ./src/scripts/ledger.ts verify      — check the hash chain
 *   npx medusa exec ./src/scripts/ledger.ts reconcile   — what the orders say is missing
 *   npx medusa exec ./src/scripts/ledger.ts repair      — append what is missing
 * Exits non-zero when the chain is broken or something is missing.
 */
export default async function ledger({ container, args }: ExecArgs) {
  const command = args[0] ?? "verify"
  if (command === "verify") {
    const result = await verifyLedger(container)
    console.log(result.ok ? `台账完整：${result.checked} 条` : `台账被改动：${result.break?.message}`)
    if (!result.ok) process.exitCode = 1
    return
  }
  if (command !== "reconcile" && command !== "repair")
    throw new Error(`unknown command "${command}": verify | reconcile | repair`)
  const { orders, differences, orphan_orders, orders_without_parts } = await reconcileLedger(container, {
    repair: command === "repair",
  })
  console.log(
    `${orders} orders; ${differences.length ? `${command === "repair" ? "appended" : "missing"}:` : "no difference"}`
  )
  for (const d of differences)
    console.log(
      `  ${d.month} ${d.unit_name ?? "(no unit)"} ${d.county_code ?? "(no county)"}: ${d.entries} entries, ${d.amount_fen} fen`
    )
  for (const o of orphan_orders)
    console.log(`  orphan order ${o.id} (#${o.display_id}, ${o.created_at})${o.canceled ? ": canceled" : ""}`)
  for (const id of orders_without_parts)
    console.log(`  order ${id} without supplier parts${command === "repair" ? ": split" : ""}`)
  if ((differences.length || orphan_orders.length || orders_without_parts.length) && command === "reconcile")
    process.exitCode = 1
}
