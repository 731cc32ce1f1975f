import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileLedger } from "../queries/reconcile-ledger"

/** Every night: what the orders say the ledger should hold, appended where it does not; differences logged. */
export default async function reconcileLedgerJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { orders, differences } = await reconcileLedger(container, { repair: true })
  if (!differences.length) logger.info(`台账对账：${orders} 笔订单，无差异`)
  else logger.warn(`台账对账：${orders} 笔订单，补记 ${differences.reduce((n, d) => n + d.entries, 0)} 条：${JSON.stringify(differences)}`)
}

// 02:30 Asia/Shanghai is 18:30 UTC, after the day's orders.
export const config = { name: "reconcile-ledger", schedule: "30 18 * * *" }
