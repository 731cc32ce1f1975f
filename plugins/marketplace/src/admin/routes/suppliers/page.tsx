import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  ENTITY_TYPE_LABELS,
  SUPPLIER_STATUS_LABELS,
  SUPPLIER_STATUSES,
  type SupplierStatus,
} from "@zhunong/common/supplier-rules"
import { useSuppliers } from "../../hooks/suppliers"
import { STATUS_COLORS } from "../../lib/labels"
import { ListState } from "@zhunong/common/admin/list-state"

/** 供应商: the approval queue (待审核) first, then every supplier by status. */
const SuppliersPage = () => {
  const [status, setStatus] = useState<SupplierStatus>("pending")
  const [q, setQ] = useState("")
  const query: Record<string, string | number> = { status, limit: 200, ...(q.trim() ? { q: q.trim() } : {}) }
  const { data, isLoading, error } = useSuppliers(query)
  const suppliers = data?.suppliers ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">供应商</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            主体自愿申请 → 平台审核 → 动态管理。只有已入驻的供应商能上架和销售。
          </Text>
        </div>
        <Input
          size="small"
          type="search"
          placeholder="名称或信用代码"
          aria-label="搜索供应商"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <Tabs value={status} onValueChange={(v) => setStatus(v as SupplierStatus)}>
        <Tabs.List className="px-6 py-2">
          {SUPPLIER_STATUSES.map((s) => (
            <Tabs.Trigger key={s} value={s}>
              {s === "pending" ? "审核队列" : SUPPLIER_STATUS_LABELS[s].zh}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>名称</Table.HeaderCell>
            <Table.HeaderCell>主体类型</Table.HeaderCell>
            <Table.HeaderCell>注册县</Table.HeaderCell>
            <Table.HeaderCell>联系人</Table.HeaderCell>
            <Table.HeaderCell>申请时间</Table.HeaderCell>
            <Table.HeaderCell>状态</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {suppliers.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>
                <Link to={`/suppliers/${s.id}`} className="text-ui-fg-interactive">
                  {s.name}
                </Link>
              </Table.Cell>
              <Table.Cell>{ENTITY_TYPE_LABELS[s.entity_type].zh}</Table.Cell>
              <Table.Cell>{s.county_code}</Table.Cell>
              <Table.Cell>
                {s.contact_name} {s.contact_phone}
              </Table.Cell>
              <Table.Cell>
                {new Date(s.created_at).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })}
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLORS[s.status]}>
                  {SUPPLIER_STATUS_LABELS[s.status].zh}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <ListState
        query={{ isLoading, error, data }}
        empty={suppliers.length === 0}
        emptyText={`没有${SUPPLIER_STATUS_LABELS[status].zh}的供应商。`}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "供应商", icon: BuildingStorefront })

export default SuppliersPage
