import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import {
  ENTITY_TYPE_LABELS,
  SUPPLIER_REASON_REQUIRED,
  SUPPLIER_STATUS_LABELS,
  SUPPLIER_TRANSITIONS,
  SUPPLIER_USER_ROLE_LABELS,
  type SupplierStatus,
} from "@zhunong/common/supplier-rules"
import { errorMessage } from "@zhunong/common/admin/sdk"
import { useSetSourcingCounties, useSupplier, useTransitionSupplier } from "../../../hooks/suppliers"
import { STATUS_COLORS } from "../../../lib/labels"

/** Button wording for each move an operator can make. */
const ACTIONS: Record<string, string> = {
  "pending>approved": "批准入驻",
  "pending>terminated": "驳回申请",
  "approved>suspended": "暂停销售",
  "approved>terminated": "清退",
  "suspended>approved": "恢复销售",
  "suspended>terminated": "清退",
}

const SupplierDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data, error } = useSupplier(id!)
  const supplier = data?.supplier
  const transition = useTransitionSupplier(id!)
  const setSourcing = useSetSourcingCounties(id!)
  const [counties, setCounties] = useState("")
  useEffect(() => {
    if (supplier) setCounties((supplier.sourcing_county_codes ?? []).join(", "))
  }, [supplier])

  const move = (to: SupplierStatus) => {
    const action = ACTIONS[`${supplier!.status}>${to}`]
    const reason = SUPPLIER_REASON_REQUIRED.includes(to) ? window.prompt(`${action}：请填写原因`) : null
    if (SUPPLIER_REASON_REQUIRED.includes(to) && !reason) return
    transition.mutate(
      { to, reason },
      { onSuccess: () => toast.success(`已${action}`), onError: (e) => toast.error(errorMessage(e)) }
    )
  }

  const saveCounties = () =>
    setSourcing.mutate(
      { county_codes: counties.split(/[,，\s]+/).filter(Boolean) },
      { onSuccess: () => toast.success("已保存采购县"), onError: (e) => toast.error(errorMessage(e)) }
    )

  if (error) return <Text className="p-6 text-ui-fg-error">{errorMessage(error)}</Text>
  if (!supplier) return <Text className="p-6 text-ui-fg-subtle">加载中…</Text>
  return (
    <div className="flex flex-col gap-y-4">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between px-6 py-4">
          <div>
            <Heading level="h1">{supplier.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {ENTITY_TYPE_LABELS[supplier.entity_type].zh} · {supplier.uscc} · 注册县 {supplier.county_code} ·{" "}
              {supplier.contact_name} {supplier.contact_phone} {supplier.address ?? ""}
            </Text>
            {supplier.status_reason && (
              <Text size="small" className="text-ui-fg-subtle">
                原因：{supplier.status_reason}
              </Text>
            )}
          </div>
          <div className="flex items-center gap-x-2">
            <Badge color={STATUS_COLORS[supplier.status]}>{SUPPLIER_STATUS_LABELS[supplier.status].zh}</Badge>
            {SUPPLIER_TRANSITIONS[supplier.status].map((to) => (
              <Button
                key={to}
                size="small"
                variant={to === "approved" ? "primary" : "secondary"}
                isLoading={transition.isPending && transition.variables?.to === to}
                onClick={() => move(to)}
              >
                {ACTIONS[`${supplier.status}>${to}`]}
              </Button>
            ))}
          </div>
        </div>
        <div className="flex items-end gap-x-2 px-6 py-4">
          <div className="flex flex-1 flex-col gap-y-1">
            <Text size="small" weight="plus">
              核准的采购县（本县以外，可销售其产品的脱贫县或对口县，逗号分隔的县级代码）
            </Text>
            <Input
              value={counties}
              onChange={(e) => setCounties(e.target.value)}
              placeholder="513436, 513432"
              aria-label="核准的采购县"
            />
          </div>
          <Button size="small" variant="secondary" isLoading={setSourcing.isPending} onClick={saveCounties}>
            保存
          </Button>
        </div>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">商品（{supplier.products.length}）</Heading>
        </div>
        {supplier.products.map((p) => (
          <div key={p.id} className="flex justify-between px-6 py-2">
            <Link to={`/products/${p.id}`} className="text-ui-fg-interactive txt-small">
              {p.title}
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              {p.division?.name ?? "未设产地"} ·{" "}
              {p.status !== "published"
                ? "已下架"
                : supplier.status === "approved"
                  ? "在售"
                  : "供应商未在售，商城不展示"}
            </Text>
          </div>
        ))}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">状态记录</Heading>
        </div>
        <Table>
          <Table.Body>
            {[...supplier.events]
              .sort((a, b) => b.occurred_at.localeCompare(a.occurred_at))
              .map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell>
                    {new Date(e.occurred_at).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}
                  </Table.Cell>
                  <Table.Cell>
                    {e.from_status ? `${SUPPLIER_STATUS_LABELS[e.from_status as SupplierStatus].zh} → ` : ""}
                    {SUPPLIER_STATUS_LABELS[e.to_status].zh}
                  </Table.Cell>
                  <Table.Cell>
                    {e.actor_type === "user" ? "平台运营" : e.actor_type === "supplier" ? "供应商" : "系统"}
                  </Table.Cell>
                  <Table.Cell>{e.reason ?? ""}</Table.Cell>
                </Table.Row>
              ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">供应商用户</Heading>
        </div>
        {supplier.users.map((u) => (
          <Text key={u.id} size="small" className="px-6 py-2">
            {u.name} {u.email} · {SUPPLIER_USER_ROLE_LABELS[u.role].zh} ·{" "}
            {u.status === "active" ? "在用" : u.status === "invited" ? "已邀请" : "已移除"}
          </Text>
        ))}
      </Container>
    </div>
  )
}

export default SupplierDetailPage
