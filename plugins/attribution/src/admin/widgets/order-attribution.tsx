import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { formatYuan } from "@zhunong/common/money"
import { CHANNEL_LABELS, FUNDING_LABELS, MEMBER_ROLE_LABELS, UNIT_TYPE_LABELS } from "@zhunong/common/purchase-rules"
import { errorMessage } from "@zhunong/common/admin/sdk"
import { useOrderAttribution } from "../hooks/order-attribution"

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
  const { data, error } = useOrderAttribution(order.id)
  const attribution = data?.attribution
  const problem = error ? errorMessage(error) : null

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
