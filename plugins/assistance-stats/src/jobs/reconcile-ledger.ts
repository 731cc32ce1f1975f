import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileLedger } from "../workflows/ledger/reconcile-ledger"

/** Every night: what the orders say the ledger should hold, appended where it does not; orphan orders canceled; both logged. */
export default async function reconcileLedgerJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { orders, differences, orphan_orders, orders_without_parts } = await reconcileLedger(container, {
    repair: true,
  })
  if (!differences.length && !orphan_orders.length && !orders_without_parts.length)
    logger.info(`台账对账：${orders} 笔订单，无差异`)
  if (differences.length)
    logger.warn(
      `台账对账：${orders} 笔订单，补记 ${differences.reduce((n, d) => n + d.entries, 0)} 条：${JSON.stringify(differences)}`
    )
  if (orders_without_parts.length)
    logger.warn(
      `台账对账：${orders_without_parts.length} 笔订单缺少供应商分单，已补分：${orders_without_parts.join(", ")}`
    )
  if (orphan_orders.length)
    logger.warn(
      `台账对账：取消 ${orphan_orders.length} 笔未完成结账的孤立订单：${orphan_orders.map((o) => o.id).join(", ")}`
    )
}

// 02:30 Asia/Shanghai is 18:30 UTC, after the day's orders.
export const config = { name: "reconcile-ledger", schedule: "30 18 * * *" }
