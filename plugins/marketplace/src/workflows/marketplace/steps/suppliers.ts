import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shanghaiDate } from "@zhunong/common/dates"
import { usccProblem } from "@zhunong/common/uscc"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { supplierTransitionProblem, type SupplierFacts, type SupplierStatus } from "@zhunong/common/supplier-rules"
import { marketplace } from "../../../modules/marketplace"
import { invalid } from "@zhunong/common/server/errors"
import type { Actor } from "@zhunong/common/server/status-event"

type Container = Pick<MedusaContainer, "resolve">

export interface SupplierApplication extends SupplierFacts {
  address?: string | null
}

/** A supplier's county must be a 脱贫县 or paired today; refused with the reason otherwise. */
export async function assertEligibleCounty(container: Container, countyCode: string, field = "county_code") {
  const eligibility = await container
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .supplierEligibility(countyCode, shanghaiDate(new Date()), field)
  if (!eligibility.eligible) throw invalid(field, `${eligibility.reason}，不能作为供应商的产地县`)
  return eligibility.county
}

/** 主体自愿申请: what zod cannot check — the USCC check digit, a code already registered, the county. */
export const validateSupplierApplicationStep = createStep(
  "validate-supplier-application",
  async (input: { application: SupplierApplication; auth_identity_id: string }, { container }) => {
    const problem = usccProblem(input.application.uscc)
    if (problem) throw invalid("uscc", `统一社会信用代码无效：${problem}`)
    const [taken] = await marketplace(container).listSuppliers({ uscc: input.application.uscc }, { select: ["name"] })
    if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `uscc: 该信用代码已由“${taken.name}”注册`)
    await assertEligibleCounty(container, input.application.county_code)
    const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.supplier_id) throw invalid("auth", "该账号已属于一个供应商")
    return new StepResponse(undefined)
  }
)

/** Creates the supplier, pending; its owner and its first event follow in their own steps. */
export const createSupplierStep = createStep(
  "create-supplier",
  async (application: SupplierApplication, { container }) => {
    const supplier = await marketplace(container).createSuppliers({ ...application, status: "pending" })
    return new StepResponse(supplier, supplier.id)
  },
  async (id, { container }) => {
    if (id) await marketplace(container).deleteSuppliers(id)
  }
)

/** The person registering becomes the supplier's owner. */
export const createSupplierOwnerStep = createStep(
  "create-supplier-owner",
  async (input: { supplier_id: string; email: string; name: string }, { container }) => {
    const owner = await marketplace(container).createSupplierUsers({ ...input, role: "owner", status: "active" })
    return new StepResponse(owner, owner.id)
  },
  async (id, { container }) => {
    if (id) await marketplace(container).deleteSupplierUsers(id)
  }
)

/** The supplier's history starts with its application (pending, by the supplier). */
export const recordApplicationStep = createStep(
  "record-supplier-application",
  async (supplierId: string, { container }) => {
    const event = await marketplace(container).createSupplierEvents({
      supplier_id: supplierId,
      from_status: null,
      to_status: "pending",
      actor_type: "supplier",
      actor_id: null,
      reason: null,
      occurred_at: new Date(),
    })
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (id) await marketplace(container).deleteSupplierEvents(id)
  }
)

export interface TransitionInput {
  id: string
  to: SupplierStatus
  reason?: string | null
  actor: Actor
}

/** Moves a supplier along its lifecycle and records who, when and why. */
export const transitionSupplierStep = createStep(
  "transition-supplier",
  async (input: TransitionInput, { container }) => {
    const service = marketplace(container)
    const supplier = await service.retrieveSupplier(input.id)
    const from = supplier.status as SupplierStatus
    const problem = supplierTransitionProblem(from, input.to, input.reason)
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    const updated = await service.updateSuppliers({
      id: supplier.id,
      status: input.to,
      status_reason: input.reason ?? null,
    })
    const event = await service.createSupplierEvents({
      supplier_id: supplier.id,
      from_status: from,
      to_status: input.to,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      reason: input.reason ?? null,
      occurred_at: new Date(),
    })
    return new StepResponse(
      { supplier: updated, from, to: input.to },
      { id: supplier.id, status: from, status_reason: supplier.status_reason, event_id: event.id }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = marketplace(container)
    await service.deleteSupplierEvents(previous.event_id)
    await service.updateSuppliers({ id: previous.id, status: previous.status, status_reason: previous.status_reason })
  }
)

/** The store's default sales channel: the shop every supplier sells in. */
export async function shopChannelId(container: Container): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id)
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "商城没有默认销售渠道")
  return store.default_sales_channel_id
}

/**
 * On first approval: the supplier's own stock location, in the shop's sales channel so checkouts
 * reserve the supplier's stock there.
 */
export const provisionStockLocationStep = createStep(
  "provision-supplier-stock-location",
  async (input: { supplier_id: string }, { container }) => {
    const service = marketplace(container)
    const supplier = await service.retrieveSupplier(input.supplier_id)
    if (supplier.stock_location_id) return new StepResponse(supplier.stock_location_id, null)
    const location = await container.resolve(Modules.STOCK_LOCATION).createStockLocations({
      name: `${supplier.name}（供应商仓）`,
      metadata: { supplier_id: supplier.id },
    })
    await service.updateSuppliers({ id: supplier.id, stock_location_id: location.id })
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.SALES_CHANNEL]: { sales_channel_id: await shopChannelId(container) },
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    })
    return new StepResponse(location.id, { supplier_id: supplier.id, location_id: location.id })
  },
  async (created, { container }) => {
    if (!created) return
    await marketplace(container).updateSuppliers({ id: created.supplier_id, stock_location_id: null })
    // Deleting the location dismisses its links.
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations(created.location_id)
  }
)

/**
 * Takes a supplier's published products out of the shop while it may not sell, and puts back exactly
 * those when it may again. They are withheld as Medusa's `proposed` status, which suppliers never set
 * (their listings are draft or published) and the shop never shows: the shop sells through one
 * sales channel, where Medusa does not filter products by channel at all (docs/decisions.md), so
 * status is what keeps them out. Carts are guarded too (workflows/hooks).
 */
export const setSupplierSellingStep = createStep(
  "set-supplier-selling",
  async (input: { supplier_id: string; selling: boolean }, { container }) => {
    const [from, to] = input.selling ? (["proposed", "published"] as const) : (["published", "proposed"] as const)
    const ids = await supplierProductIds(container, input.supplier_id, from)
    if (ids.length) await container.resolve(Modules.PRODUCT).updateProducts({ id: ids }, { status: to })
    return new StepResponse(ids, { ids, from })
  },
  async (moved, { container }) => {
    if (moved?.ids.length)
      await container.resolve(Modules.PRODUCT).updateProducts({ id: moved.ids }, { status: moved.from })
  }
)

async function supplierProductIds(
  container: Container,
  supplierId: string,
  status: "published" | "proposed"
): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "supplier",
    fields: ["id", "products.id", "products.status"],
    filters: { id: supplierId },
  })
  return (data[0]?.products ?? [])
    .filter((p: { status: string } | null) => p?.status === status)
    .map((p: { id: string }) => p.id)
}

/** Which counties an operator allows the supplier to source from besides its own; each must be eligible. */
export const setSourcingCountiesStep = createStep(
  "set-sourcing-counties",
  async (input: { supplier_id: string; county_codes: string[] }, { container }) => {
    for (const code of input.county_codes) await assertEligibleCounty(container, code, "county_codes")
    const service = marketplace(container)
    const before = await service.retrieveSupplier(input.supplier_id)
    const updated = await service.updateSuppliers({
      id: input.supplier_id,
      sourcing_county_codes: input.county_codes,
    })
    return new StepResponse(updated, { id: before.id, sourcing_county_codes: before.sourcing_county_codes })
  },
  async (previous, { container }) => {
    if (previous) await marketplace(container).updateSuppliers(previous)
  }
)
