import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toFen } from "@zhunong/common/server/fen"
import { attribution } from "../modules/attribution"

export interface UnionWelfareBalance {
  year: number
  /** 工会会员人数 × 每人标准, or null when the unit has not declared its members for the year. */
  cap_fen: number | null
  spent_fen: number
  remaining_fen: number | null
}

/**
 * Union-funded welfare spent by the unit in the year: every attributed order's amount, less what
 * was refunded, with canceled orders not counted. A snapshot whose checkout is still running has
 * no order yet and counts in full.
 */
export async function unionWelfareBalance(
  container: Pick<MedusaContainer, "resolve">,
  unitId: string,
  year: number
): Promise<UnionWelfareBalance> {
  const service = attribution(container)
  const [[basis], rows] = await Promise.all([
    service.listUnitBases({ unit_id: unitId, year }),
    service.listOrderAttributions(
      { unit_id: unitId, year, funding: "union", channel: "welfare" },
      { select: ["order_id", "amount_fen"] }
    ),
  ])
  const orderIds = rows.map((r) => r.order_id).filter((id): id is string => !!id)
  const { data: orders } = orderIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "status", "summary.refunded_total"],
        filters: { id: orderIds },
      })
    : { data: [] }
  const orderById = new Map(orders.map((o) => [o.id, o]))
  const spent = rows.reduce((sum, row) => {
    const order = row.order_id ? orderById.get(row.order_id) : undefined
    if (order?.status === "canceled") return sum
    const refunded = order?.summary?.refunded_total ? toFen(order.summary.refunded_total as BigNumberInput) : 0
    return sum + Math.max(0, Number(row.amount_fen) - refunded)
  }, 0)
  const cap = basis?.union_members ? basis.union_members * basis.union_welfare_per_member_fen : null
  return { year, cap_fen: cap, spent_fen: spent, remaining_fen: cap === null ? null : Math.max(0, cap - spent) }
}
