import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bankTransfers } from "../modules/bank-transfer"
import {
  cancelUnpaidBankTransferWorkflow,
  flagOverdueBankTransfersWorkflow,
} from "../workflows/bank-transfer/workflows/bank-transfer"

const DAY_MS = 86_400_000

/**
 * Each night: orders on invoice unpaid past their due date are marked overdue; those still unpaid
 * `grace_days` later are cancelled (stock released, 台账 reversed). One order failing to cancel is
 * logged and retried the next night; it does not stop the others.
 */
export async function settleOverdueBankTransfers(container: MedusaContainer, now = new Date()) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result: flagged } = await flagOverdueBankTransfersWorkflow(container).run({ input: { now } })
  const service = bankTransfers(container)
  const lapsed = await service.listBankTransfers(
    { status: "awaiting", due_at: { $lt: new Date(now.getTime() - service.terms().grace_days * DAY_MS) } },
    { select: ["order_id", "reference"] }
  )
  const canceled: string[] = []
  for (const transfer of lapsed) {
    try {
      await cancelUnpaidBankTransferWorkflow(container).run({ input: { order_id: transfer.order_id } })
      canceled.push(transfer.order_id)
    } catch (error) {
      logger.warn(
        `对公转账 ${transfer.reference}: 逾期未付订单 ${transfer.order_id} 取消失败：${(error as Error).message}`
      )
    }
  }
  if (flagged.length || lapsed.length)
    logger.info(`对公转账: ${flagged.length} 笔标记为逾期，${canceled.length}/${lapsed.length} 笔逾期订单已取消`)
  return { flagged: flagged.map((t) => t.order_id), canceled }
}

export default async function overdueBankTransfers(container: MedusaContainer) {
  await settleOverdueBankTransfers(container)
}

export const config = { name: "overdue-bank-transfers", schedule: "30 2 * * *" }
