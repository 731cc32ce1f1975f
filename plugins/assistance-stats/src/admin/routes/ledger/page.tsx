import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentSeries } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { formatYuan } from "@zhunong/common/money"
import { errorMessage } from "@zhunong/common/admin/sdk"
import { NOT_COUNTED_LABELS } from "@zhunong/common/counting-rules"
import { useLedgerEntries, useVerifyLedger } from "../../hooks/ledger"
import { ListState } from "@zhunong/common/admin/list-state"

/** 台账: the newest ledger rows, and a check of the whole hash chain. */
const LedgerPage = () => {
  const ledger = useLedgerEntries(100)
  const entries = ledger.data?.entries ?? []
  const count = ledger.data?.count ?? 0
  const check = useVerifyLedger()
  const verification = check.data
  const verify = () => check.mutate(undefined, { onError: (e) => toast.error(errorMessage(e)) })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">台账</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            共 {count} 条。只追加、不修改；每条记录的哈希包含前一条，台账之外的改动可被查出。
          </Text>
        </div>
        <Button size="small" variant="secondary" isLoading={check.isPending} onClick={verify}>
          校验台账
        </Button>
      </div>
      {verification && (
        <Text
          size="small"
          role="status"
          className={`px-6 py-3 ${verification.ok ? "text-ui-fg-interactive" : "text-ui-fg-error"}`}
        >
          {verification.ok
            ? `校验通过：${verification.checked} 条记录完整。`
            : `校验未通过：${verification.break?.message}`}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>序号</Table.HeaderCell>
            <Table.HeaderCell>日期</Table.HeaderCell>
            <Table.HeaderCell>订单</Table.HeaderCell>
            <Table.HeaderCell>商品</Table.HeaderCell>
            <Table.HeaderCell>供应商</Table.HeaderCell>
            <Table.HeaderCell>采购单位</Table.HeaderCell>
            <Table.HeaderCell>金额（元）</Table.HeaderCell>
            <Table.HeaderCell>计入统计</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.map((e) => (
            <Table.Row key={e.seq}>
              <Table.Cell>{e.seq}</Table.Cell>
              <Table.Cell>{e.day}</Table.Cell>
              <Table.Cell>
                #{e.order_display_id} {e.kind === "reversal" ? "（冲销）" : ""}
              </Table.Cell>
              <Table.Cell>
                {e.product_title} ×{e.quantity}
              </Table.Cell>
              <Table.Cell>{e.supplier_name ?? "平台"}</Table.Cell>
              <Table.Cell>{e.unit_name ?? "—"}</Table.Cell>
              <Table.Cell>{formatYuan(e.amount_fen)}</Table.Cell>
              <Table.Cell>
                {e.counted ? (
                  <Badge size="2xsmall" color="green">
                    计入
                  </Badge>
                ) : (
                  <Badge
                    size="2xsmall"
                    color="grey"
                    title={e.not_counted_reason ? NOT_COUNTED_LABELS[e.not_counted_reason].zh : undefined}
                  >
                    不计入：{e.not_counted_reason ? NOT_COUNTED_LABELS[e.not_counted_reason].zh : ""}
                  </Badge>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <ListState query={ledger} empty={entries.length === 0} emptyText="台账还没有记录。" />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "台账", icon: DocumentSeries })

export default LedgerPage
