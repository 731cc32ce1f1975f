import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { STATUS_LABELS, TYPE_LABELS } from "@zhunong/common/certificate-rules"
import { errorMessage } from "@zhunong/common/admin/sdk"
import { ApplyCertificateForm } from "../../components/apply-certificate-form"
import {
  useCertificates,
  useExpiringCertificates,
  useTransitionCertificate,
  type Certificate,
  type Transition,
} from "../../hooks/certificates"
import { actionsFrom, STATUS_COLORS } from "../../lib/labels"
import { ListState } from "@zhunong/common/admin/list-state"

const FILTERS: Record<string, { label: string; query: string }> = {
  queue: { label: "待处理（申请、审核、公示）", query: "status=applied&status=under_review&status=publicity" },
  valid: { label: "有效", query: "status=valid" },
  suspended: { label: "暂停", query: "status=suspended" },
  closed: { label: "未通过、撤销、过期", query: "status=rejected&status=revoked&status=expired" },
  all: { label: "全部", query: "" },
}

const isoDay = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)

/** 认定审核: the review queue and register, with every lifecycle move an office makes. */
const CertificatesPage = () => {
  const [filter, setFilter] = useState("queue")
  const list = useCertificates(FILTERS[filter].query)
  const certificates = list.data?.certificates ?? []
  const expiring = useExpiringCertificates(90).data?.certificates ?? []
  const transition = useTransitionCertificate()

  const move = (certificate: Certificate, action: ReturnType<typeof actionsFrom>[number]) => {
    const body: Transition = { to: action.to }
    if (action.needsReason) {
      const reason = window.prompt(`${action.label}：请填写原因（将记录在案）`)
      if (!reason?.trim()) return
      body.reason = reason.trim()
    }
    if (action.needsPublicity) {
      const window_ = window.prompt("公示期（开始~结束，YYYY-MM-DD）", `${isoDay(0)}~${isoDay(7)}`)
      if (!window_) return
      const [from, to] = window_.split("~").map((s) => s.trim())
      Object.assign(body, { publicity_from: from, publicity_to: to })
    }
    transition.mutate(
      { id: certificate.id, ...body },
      {
        onSuccess: () => toast.success(`${certificate.number}：${STATUS_LABELS[action.to]}`),
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h1">认定审核</Heading>
          <div className="w-72">
            <Select value={filter} onValueChange={setFilter} size="small">
              <Select.Trigger aria-label="筛选状态">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {Object.entries(FILTERS).map(([key, f]) => (
                  <Select.Item key={key} value={key}>
                    {f.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>类型</Table.HeaderCell>
              <Table.HeaderCell>编号</Table.HeaderCell>
              <Table.HeaderCell>申报主体</Table.HeaderCell>
              <Table.HeaderCell>产地县</Table.HeaderCell>
              <Table.HeaderCell>有效期</Table.HeaderCell>
              <Table.HeaderCell>材料</Table.HeaderCell>
              <Table.HeaderCell>状态</Table.HeaderCell>
              <Table.HeaderCell>操作</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {certificates.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>{TYPE_LABELS[c.type]}</Table.Cell>
                <Table.Cell>{c.number}</Table.Cell>
                <Table.Cell>{c.supplier_name}</Table.Cell>
                <Table.Cell>{c.county_code}</Table.Cell>
                <Table.Cell>
                  {c.valid_from} ~ {c.valid_to}
                </Table.Cell>
                <Table.Cell>
                  {(c.evidence?.files ?? []).map((f) => (
                    <a
                      key={f.id}
                      href={evidenceHref(f)}
                      target="_blank"
                      rel="noreferrer"
                      className="text-ui-fg-interactive mr-2 block"
                    >
                      {f.name ?? "材料"}
                    </a>
                  ))}
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_COLORS[c.status]} title={c.status_reason ?? undefined}>
                    {STATUS_LABELS[c.status]}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex gap-x-2">
                    {actionsFrom(c.status).map((action) => (
                      <Button
                        key={action.to}
                        size="small"
                        variant="secondary"
                        isLoading={
                          transition.isPending &&
                          transition.variables?.id === c.id &&
                          transition.variables.to === action.to
                        }
                        onClick={() => move(c, action)}
                      >
                        {action.label}
                      </Button>
                    ))}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListState query={list} empty={certificates.length === 0} emptyText="没有符合条件的证书。" />
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">登记认定申请</Heading>
        </div>
        <ApplyCertificateForm />
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">90 天内到期</Heading>
        </div>
        {expiring.length === 0 ? (
          <Text className="px-6 py-4 text-ui-fg-subtle">没有即将到期的有效证书。</Text>
        ) : (
          expiring.map((c) => (
            <Text key={c.id} size="small" className="px-6 py-2">
              {c.valid_to} · {TYPE_LABELS[c.type]} {c.number} · {c.supplier_name}
            </Text>
          ))
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "认定审核", icon: DocumentText })

/**
 * Where an operator opens an evidence file: a supplier's upload is private (its file key starts with
 * `private-`) and is read through the operators' route; an operator's own upload has a public URL.
 */
function evidenceHref(file: { id: string; url: string }): string {
  return file.id.startsWith("private-") ? `/admin/supplier-files/${encodeURIComponent(file.id)}` : file.url
}

export default CertificatesPage
