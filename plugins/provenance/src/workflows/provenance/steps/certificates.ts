import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isCalendarDate, shanghaiDate } from "@zhunong/common/dates"
import { assertTransition, assertWithinValidity, type CertificateStatus } from "../../../utils/lifecycle"
import { usccProblem } from "@zhunong/common/uscc"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type { CertificateType, IssuerLevel } from "@zhunong/common/certificate-rules"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { assertProductsExist } from "./products"
import { invalid } from "@zhunong/common/server/errors"
import type { Actor } from "@zhunong/common/server/status-event"

export interface CertificateApplication {
  type: CertificateType
  number: string
  batch?: string | null
  issuer: string
  issuer_level: IssuerLevel
  supplier_name: string
  supplier_uscc: string
  county_code: string
  poverty_mechanism?: string | null
  beneficiaries?: number | null
  valid_from: string
  valid_to: string
  evidence?: { id: string; url: string; name?: string }[] | null
  product_ids?: string[]
}

const service = (container: { resolve<T>(key: string): T }) =>
  container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)

/** Checks what zod cannot: the USCC check digit, a real county, a free number, existing products. */
export const validateCertificateApplicationStep = createStep(
  "validate-certificate-application",
  async (input: CertificateApplication, { container }) => {
    const problem = usccProblem(input.supplier_uscc)
    if (problem) throw invalid("supplier_uscc", `统一社会信用代码无效：${problem}`)
    if (!isCalendarDate(input.valid_from)) throw invalid("valid_from", "应为日期 YYYY-MM-DD")
    if (!isCalendarDate(input.valid_to)) throw invalid("valid_to", "应为日期 YYYY-MM-DD")
    if (input.valid_to < input.valid_from) throw invalid("valid_to", "有效期止不能早于有效期起")

    const provenance = service(container)
    await provenance.retrieveCounty(input.county_code)

    const [taken] = await provenance.listCertificates({ type: input.type, number: input.number })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `number: 同类证书编号 ${input.number} 已存在（${taken.id}）`
      )
    }
    await assertProductsExist(container, input.product_ids ?? [])
    return new StepResponse(undefined)
  }
)

export const createCertificateStep = createStep(
  "create-certificate",
  async ({ application, actor }: { application: CertificateApplication; actor: Actor }, { container }) => {
    const { product_ids: _products, evidence, ...fields } = application
    const provenance = service(container)
    const certificate = await provenance.createCertificates({
      ...fields,
      evidence: evidence?.length ? { files: evidence } : null,
      status: "applied",
    })
    await provenance.createCertificateEvents({
      certificate_id: certificate.id,
      from_status: null,
      to_status: "applied",
      actor_type: actor.type,
      actor_id: actor.id,
      occurred_at: new Date(),
    })
    // Deleting the certificate cascades to its events.
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteCertificates(id)
  }
)

export interface TransitionInput {
  id: string
  to: CertificateStatus
  reason?: string | null
  publicity_from?: string | null
  publicity_to?: string | null
  actor: Actor
}

/**
 * Moves a certificate to `to` if the lifecycle allows it, and records who, when and why.
 * Entering publicity (公示) needs its window; becoming valid needs today inside the validity window.
 */
export const transitionCertificateStep = createStep(
  "transition-certificate",
  async (input: TransitionInput, { container }) => {
    const provenance = service(container)
    const certificate = await provenance.retrieveCertificate(input.id)
    const from = certificate.status as CertificateStatus
    assertTransition(from, input.to, input.reason)
    assertWithinValidity(input.to, certificate, shanghaiDate(new Date()))

    const publicity = input.to === "publicity" ? checkedPublicityWindow(input.publicity_from, input.publicity_to) : {}
    await provenance.updateCertificates({
      id: certificate.id,
      status: input.to,
      status_reason: input.reason ?? null,
      ...publicity,
    })
    const event = await provenance.createCertificateEvents({
      certificate_id: certificate.id,
      from_status: from,
      to_status: input.to,
      reason: input.reason ?? null,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      occurred_at: new Date(),
    })
    const previous = {
      id: certificate.id,
      status: certificate.status,
      status_reason: certificate.status_reason,
      publicity_from: certificate.publicity_from,
      publicity_to: certificate.publicity_to,
    }
    return new StepResponse({ id: certificate.id, from, to: input.to }, { previous, eventId: event.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const provenance = service(container)
    await provenance.deleteCertificateEvents(undo.eventId)
    await provenance.updateCertificates(undo.previous)
  }
)

function checkedPublicityWindow(from?: string | null, to?: string | null) {
  if (!from || !isCalendarDate(from)) throw invalid("publicity_from", "进入公示需填写公示开始日期 YYYY-MM-DD")
  if (!to || !isCalendarDate(to)) throw invalid("publicity_to", "进入公示需填写公示结束日期 YYYY-MM-DD")
  if (to < from) throw invalid("publicity_to", "公示结束日期不能早于开始日期")
  return { publicity_from: from, publicity_to: to }
}
