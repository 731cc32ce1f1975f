import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashCode, randomCode } from "@zhunong/common/server/codes"
import type { SupplierUserRole } from "@zhunong/common/supplier-rules"
import { marketplace } from "../../../modules/marketplace"
import { invalid } from "@zhunong/common/server/errors"

const INVITE_DAYS = 7

/** The owner invites a person by email; the code (shown once, only its hash kept) lets them claim the seat. */
export const inviteSupplierUserStep = createStep(
  "invite-supplier-user",
  async (input: { supplier_id: string; email: string; name: string; role: SupplierUserRole }, { container }) => {
    const service = marketplace(container)
    const [existing] = await service.listSupplierUsers({
      supplier_id: input.supplier_id,
      email: input.email,
      status: ["invited", "active"],
    })
    if (existing)
      throw invalid("email", existing.status === "active" ? "此人已是本供应商的用户" : "已向此人发出邀请，尚未接受")
    const code = randomCode(10)
    const user = await service.createSupplierUsers({
      ...input,
      status: "invited",
      invite_code_hash: hashCode(code),
      invite_expires_at: new Date(Date.now() + INVITE_DAYS * 86_400_000),
    })
    return new StepResponse({ user, code }, user.id)
  },
  async (id, { container }) => {
    if (id) await marketplace(container).deleteSupplierUsers(id)
  }
)

/** Links a fresh `supplier` login to the invited seat whose code it presents; the seat becomes active. */
export const claimSupplierUserStep = createStep(
  "claim-supplier-user",
  async (input: { auth_identity_id: string; code: string }, { container }) => {
    const service = marketplace(container)
    const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.supplier_id) throw invalid("auth", "该账号已属于一个供应商")
    const [seat] = await service.listSupplierUsers({ invite_code_hash: hashCode(input.code), status: "invited" })
    if (!seat) throw invalid("code", "邀请码不存在或已使用")
    if (seat.invite_expires_at && seat.invite_expires_at < new Date())
      throw invalid("code", "邀请码已过期，请联系负责人重新邀请")
    const user = await service.updateSupplierUsers({
      id: seat.id,
      status: "active",
      invite_code_hash: null,
      invite_expires_at: null,
    })
    return new StepResponse(user, {
      id: seat.id,
      invite_code_hash: seat.invite_code_hash,
      invite_expires_at: seat.invite_expires_at,
    })
  },
  async (previous, { container }) => {
    if (previous) await marketplace(container).updateSupplierUsers({ ...previous, status: "invited" })
  }
)

/** Removes a person from the supplier; the owner cannot remove themselves (someone must own it). */
export const removeSupplierUserStep = createStep(
  "remove-supplier-user",
  async (input: { supplier_id: string; user_id: string; by_user_id: string }, { container }) => {
    const service = marketplace(container)
    const [user] = await service.listSupplierUsers({ id: input.user_id, supplier_id: input.supplier_id })
    if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, `用户 ${input.user_id} 不存在`)
    if (user.id === input.by_user_id) throw invalid("user_id", "负责人不能移除自己")
    if (user.status === "removed") return new StepResponse(user, null)
    const removed = await service.updateSupplierUsers({ id: user.id, status: "removed", invite_code_hash: null })
    return new StepResponse(removed, { id: user.id, status: user.status, invite_code_hash: user.invite_code_hash })
  },
  async (previous, { container }) => {
    if (previous) await marketplace(container).updateSupplierUsers(previous)
  }
)

export const updateSupplierProfileStep = createStep(
  "update-supplier-profile",
  async (
    input: { supplier_id: string; contact_name?: string; contact_phone?: string; address?: string | null },
    { container }
  ) => {
    const service = marketplace(container)
    const before = await service.retrieveSupplier(input.supplier_id)
    const { supplier_id, ...fields } = input
    const updated = await service.updateSuppliers({ id: supplier_id, ...fields })
    return new StepResponse(updated, {
      id: before.id,
      contact_name: before.contact_name,
      contact_phone: before.contact_phone,
      address: before.address,
    })
  },
  async (previous, { container }) => {
    if (previous) await marketplace(container).updateSuppliers(previous)
  }
)
