import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { formatYuan } from "@zhunong/common/money"
import {
  CHANNEL_LABELS,
  FUNDING_LABELS,
  MEMBER_ROLE_LABELS,
  UNIT_TYPE_LABELS,
  type Channel,
  type Funding,
  type MemberRole,
  type UnitType,
} from "@zhunong/common/purchase-rules"
import { errorMessage, sdk } from "@zhunong/common/admin/sdk"

interface Attribution {
  unit_id: string | null
  unit_name: string | null
  unit_type: UnitType | null
  unit_uscc: string | null
  parent_chain: { id: string; name: string }[] | null
  jurisdiction_chain: string[] | null
  channel: Channel
  funding: Funding
  member_role: MemberRole | null
  amount_fen: number
  attributed_at: string
}

const Row = ({ label, value }: { label: string; value: string }) => (
  <div className="grid grid-cols-2 px-6 py-2">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{value}</Text>
  </div>
)

/** 订单归属: the unit, channel and funding snapshotted when the order was placed. */
const OrderAttributionWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const [attribution, setAttribution] = useState<Attribution | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    sdk.client
      .fetch<{ attribution: Attribution }>(`/admin/orders/${order.id}/attribution`)
      .then((res) => setAttribution(res.attribution))
      .catch((e) => setProblem(errorMessage(e)))
  }, [order.id])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">订单归属</Heading>
      </div>
      {problem && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {problem}
        </Text>
      )}
      {attribution && !attribution.unit_id && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          下单人不属于任何采购单位：个人消费，不计入单位统计。
        </Text>
      )}
      {attribution?.unit_id && (
        <>
          <Row label="采购单位" value={attribution.unit_name ?? ""} />
          <Row label="单位类型" value={attribution.unit_type ? UNIT_TYPE_LABELS[attribution.unit_type].zh : ""} />
          <Row label="信用代码" value={attribution.unit_uscc ?? ""} />
          <Row
            label="主管单位"
            value={attribution.parent_chain?.length ? attribution.parent_chain.map((p) => p.name).join(" ‹ ") : "无"}
          />
          <Row label="考核辖区" value={(attribution.jurisdiction_chain ?? []).join(" ‹ ")} />
          <Row label="渠道" value={CHANNEL_LABELS[attribution.channel].zh} />
          <Row label="资金性质" value={FUNDING_LABELS[attribution.funding].zh} />
          <Row
            label="下单人角色"
            value={attribution.member_role ? MEMBER_ROLE_LABELS[attribution.member_role].zh : ""}
          />
        </>
      )}
      {attribution && (
        <>
          <Row label="下单金额" value={`¥${formatYuan(attribution.amount_fen)}`} />
          <Row
            label="归属时间"
            value={new Date(attribution.attributed_at).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderAttributionWidget
