import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  STATUS_LABELS,
  TYPE_LABELS,
  type CertificateStatus,
  type CertificateType,
} from "@zhunong/common/certificate-rules"
import {
  SUPPLIER_STATUS_LABELS,
  type SupplierNotificationKind,
  type SupplierStatus,
} from "@zhunong/common/supplier-rules"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { marketplace } from "../../../modules/marketplace"

type Container = Pick<MedusaContainer, "resolve">

export interface NotificationInput {
  supplier_id: string
  kind: SupplierNotificationKind
  title: string
  body: string | null
  link: string | null
  /** Names the happening, so a repeated event writes nothing. */
  dedupe_key: string
}

/** New parts of an order: each supplier's part becomes an 新订单待发货 entry in its inbox. */
export const draftOrderToShipStep = createStep(
  "draft-order-to-ship-notifications",
  async (input: { part_ids: string[] }, { container }) => {
    const parts = await marketplace(container).listSupplierParts({ id: input.part_ids }, { take: null })
    const own = parts.filter((p): p is typeof p & { supplier_id: string } => !!p.supplier_id)
    const { data: orders } = own.length
      ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["id", "display_id"],
          filters: { id: [...new Set(own.map((p) => p.order_id))] },
        })
      : { data: [] }
    const displayId = new Map(orders.map((o) => [o.id, o.display_id]))
    return new StepResponse(
      own.map((part): NotificationInput => ({
        supplier_id: part.supplier_id,
        kind: "order_to_ship",
        title: `新订单待发货：订单 #${displayId.get(part.order_id) ?? part.order_id}`,
        body: `${part.item_ids.length} 种商品，请尽快发货并填写快递单号。`,
        link: `/supplier/orders/${part.id}`,
        dedupe_key: `part:${part.id}`,
      }))
    )
  }
)

/** The supplier a certificate was applied for, found by the applicant's 信用代码. */
async function supplierOfCertificate(container: Container, uscc: string) {
  const [supplier] = await marketplace(container).listSuppliers({ uscc }, { select: ["id"] })
  return supplier?.id ?? null
}

/** A certificate moved (审核中, 公示中, 有效, 未通过, 暂停, 撤销, 过期): its applicant hears it, with the reason. */
export const draftCertificateStatusStep = createStep(
  "draft-certificate-status-notification",
  async (input: { certificate_id: string; to: CertificateStatus }, { container }) => {
    const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    const certificate = await provenance.retrieveCertificate(input.certificate_id)
    const supplierId = await supplierOfCertificate(container, certificate.supplier_uscc)
    const [event] = await provenance.listCertificateEvents(
      { certificate_id: certificate.id, to_status: input.to },
      { order: { occurred_at: "DESC" }, take: 1 }
    )
    if (!supplierId || !event) return new StepResponse([] as NotificationInput[])
    const name = `${TYPE_LABELS[certificate.type as CertificateType]} ${certificate.number}`
    return new StepResponse([
      {
        supplier_id: supplierId,
        kind: "certificate_status",
        title: `证书${STATUS_LABELS[input.to]}：${name}`,
        body: event.reason ?? null,
        link: "/supplier/certificates",
        dedupe_key: `certificate-event:${event.id}`,
      } satisfies NotificationInput,
    ])
  }
)

/** A valid certificate is 90, 60 or 30 days from its end: its applicant is reminded to renew. */
export const draftCertificateExpiringStep = createStep(
  "draft-certificate-expiring-notification",
  async (input: { certificate_id: string; days: number }, { container }) => {
    const certificate = await container
      .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
      .retrieveCertificate(input.certificate_id)
    const supplierId = await supplierOfCertificate(container, certificate.supplier_uscc)
    if (!supplierId) return new StepResponse([] as NotificationInput[])
    return new StepResponse([
      {
        supplier_id: supplierId,
        kind: "certificate_expiring",
        title: `证书将于 ${certificate.valid_to} 到期（还有 ${input.days} 天）：${TYPE_LABELS[certificate.type as CertificateType]} ${certificate.number}`,
        body: "到期后相关商品不再计入消费帮扶，请及时申请续期或重新认定。",
        link: "/supplier/certificates",
        dedupe_key: `certificate:${certificate.id}:expiring:${input.days}`,
      } satisfies NotificationInput,
    ])
  }
)

const ACCOUNT_NEXT: Record<SupplierStatus, string> = {
  pending: "平台审核后会通知你。",
  approved: "现在可以上架商品、申请认定证书。",
  suspended: "暂停期间商品不在商城展示；整改后平台可恢复。",
  terminated: "商品已下架，不能再上架。",
}

/** The platform moved the supplier's account: the supplier hears the new status, why, and what it means. */
export const draftAccountStatusStep = createStep(
  "draft-account-status-notification",
  async (input: { supplier_id: string; to: SupplierStatus }, { container }) => {
    const [event] = await marketplace(container).listSupplierEvents(
      { supplier_id: input.supplier_id, to_status: input.to },
      { order: { occurred_at: "DESC" }, take: 1 }
    )
    if (!event) return new StepResponse([] as NotificationInput[])
    return new StepResponse([
      {
        supplier_id: input.supplier_id,
        kind: "account_status",
        title: `账户状态：${SUPPLIER_STATUS_LABELS[input.to].zh}`,
        // the operator's reason as written, then what the status means for the supplier
        body: [event.reason?.replace(/[。.]+$/, ""), ACCOUNT_NEXT[input.to]].filter(Boolean).join("。"),
        link: "/supplier",
        dedupe_key: `supplier-event:${event.id}`,
      } satisfies NotificationInput,
    ])
  }
)

/** Writes the entries not written yet (by `dedupe_key`); compensation deletes what it wrote. */
export const createSupplierNotificationsStep = createStep(
  "create-supplier-notifications",
  async (input: NotificationInput[], { container }) => {
    if (!input.length) return new StepResponse([], [] as string[])
    const service = marketplace(container)
    const existing = await service.listSupplierNotifications(
      { supplier_id: [...new Set(input.map((n) => n.supplier_id))], dedupe_key: input.map((n) => n.dedupe_key) },
      { select: ["supplier_id", "dedupe_key"], take: null }
    )
    const seen = new Set(existing.map((n) => `${n.supplier_id}|${n.dedupe_key}`))
    const fresh = input.filter((n) => {
      const key = `${n.supplier_id}|${n.dedupe_key}`
      return seen.has(key) ? false : (seen.add(key), true)
    })
    const created = fresh.length ? await service.createSupplierNotifications(fresh) : []
    return new StepResponse(
      created,
      created.map((n) => n.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await marketplace(container).deleteSupplierNotifications(ids)
  }
)

/**
 * Marks the supplier's unread entries read — the listed ones, or all of them. Ids of other
 * suppliers' entries match nothing. Compensation makes them unread again.
 */
export const markNotificationsReadStep = createStep(
  "mark-supplier-notifications-read",
  async (input: { supplier_id: string; ids?: string[] }, { container }) => {
    const service = marketplace(container)
    const unread = await service.listSupplierNotifications(
      { supplier_id: input.supplier_id, read_at: null, ...(input.ids ? { id: input.ids } : {}) },
      { select: ["id"], take: null }
    )
    const ids = unread.map((n) => n.id)
    if (ids.length) await service.updateSupplierNotifications({ selector: { id: ids }, data: { read_at: new Date() } })
    return new StepResponse({ read: ids.length }, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await marketplace(container).updateSupplierNotifications({ selector: { id: ids }, data: { read_at: null } })
    }
  }
)
