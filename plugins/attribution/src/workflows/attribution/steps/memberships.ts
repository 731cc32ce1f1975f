import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashCode, randomCode } from "@zhunong/common/server/codes"
import { MEMBER_ROLE_LABELS, type MemberRole, type MembershipStatus } from "@zhunong/common/purchase-rules"
import { forbidden, invalid } from "@zhunong/common/server/errors"
import { attribution, type AttributionModuleService } from "../../../modules/attribution"

/** Who made a decision, as stored on memberships and invites. */
export type Decider = `customer:${string}` | `user:${string}`

type MembershipState = {
  id: string
  role: MemberRole
  status: MembershipStatus
  decided_by: string | null
  decided_at: Date | null
}

const snapshot = (m: MembershipState): MembershipState => ({
  id: m.id,
  role: m.role,
  status: m.status,
  decided_by: m.decided_by,
  decided_at: m.decided_at,
})

/**
 * Puts the customer into the unit: a new membership, or the old row of someone who was removed.
 * Someone already pending or active is told so rather than silently re-added.
 */
async function enterUnit(
  service: AttributionModuleService,
  input: {
    unit_id: string
    customer_id: string
    role: MemberRole
    status: MembershipStatus
    joined_via: "invite" | "email_domain" | "operator"
    invite_id?: string
    decided_by?: Decider
  }
) {
  const [existing] = await service.listMemberships({ unit_id: input.unit_id, customer_id: input.customer_id })
  let undo: EnterUndo
  const fields = {
    role: input.role,
    status: input.status,
    joined_via: input.joined_via,
    invite_id: input.invite_id ?? null,
    decided_by: input.decided_by ?? null,
    decided_at: input.decided_by ? new Date() : null,
  }
  if (!existing) {
    const created = await service.createMemberships({
      unit_id: input.unit_id,
      customer_id: input.customer_id,
      ...fields,
    })
    undo = { delete: created.id }
    return { membership: created, undo }
  }
  if (existing.status !== "removed") {
    throw invalid("unit", existing.status === "active" ? "你已经是该单位的成员" : "你的加入申请正在等待单位管理员审批")
  }
  const updated = await service.updateMemberships({ id: existing.id, ...fields })
  undo = { restore: { ...snapshot(existing), joined_via: existing.joined_via, invite_id: existing.invite_id } }
  return { membership: updated, undo }
}

type EnterUndo =
  | { delete: string }
  | { restore: MembershipState & { joined_via: "invite" | "email_domain" | "operator"; invite_id: string | null } }

async function undoEnter(service: AttributionModuleService, undo: EnterUndo) {
  if ("delete" in undo) await service.deleteMemberships(undo.delete)
  else await service.updateMemberships(undo.restore)
}

/** 凭邀请码加入: checks the code is live and enters the unit; `useInviteStep` then counts the use. */
export const joinByInviteStep = createStep(
  "join-by-invite",
  async (input: { customer_id: string; code: string }, { container }) => {
    const service = attribution(container)
    const [invite] = await service.listUnitInvites({ code: input.code.toUpperCase() }, { relations: ["unit"] })
    if (!invite) throw invalid("code", "邀请码不存在，请核对后重试")
    if (invite.revoked_at) throw invalid("code", "该邀请码已被单位管理员作废")
    if (invite.expires_at < new Date()) throw invalid("code", "该邀请码已过期，请向单位管理员索取新的邀请码")
    if (invite.max_uses !== null && invite.used_count >= invite.max_uses)
      throw invalid("code", "该邀请码的使用次数已满")
    if (invite.unit.status !== "active") throw invalid("code", "该单位已停用")

    const { membership, undo } = await enterUnit(service, {
      unit_id: invite.unit.id,
      customer_id: input.customer_id,
      role: invite.role,
      status: invite.auto_approve ? "active" : "pending",
      joined_via: "invite",
      invite_id: invite.id,
    })
    return new StepResponse({ membership, invite: { id: invite.id, used_count: invite.used_count } }, undo)
  },
  async (undo, { container }) => {
    if (undo) await undoEnter(attribution(container), undo)
  }
)

/** Counts one use of an invite (its `max_uses` limit); undone by restoring the count it found. */
export const useInviteStep = createStep(
  "use-invite",
  async (invite: { id: string; used_count: number }, { container }) => {
    await attribution(container).updateUnitInvites({ id: invite.id, used_count: invite.used_count + 1 })
    return new StepResponse(undefined, invite)
  },
  async (invite, { container }) => {
    if (invite) await attribution(container).updateUnitInvites(invite)
  }
)

/** An operator (平台运营) puts a customer into a unit directly, already active, e.g. its first unit admin. */
export const addMemberStep = createStep(
  "add-unit-member",
  async (input: { unit_id: string; customer_id: string; role: MemberRole; decided_by: Decider }, { container }) => {
    const service = attribution(container)
    await service.retrieveBuyingUnit(input.unit_id)
    const { membership, undo } = await enterUnit(service, { ...input, status: "active", joined_via: "operator" })
    return new StepResponse(membership, undo)
  },
  async (undo, { container }) => {
    if (undo) await undoEnter(attribution(container), undo)
  }
)

export interface MembershipDecision {
  unit_id: string
  membership_id: string
  action: "approve" | "remove" | "set_role"
  role?: MemberRole
  decided_by: Decider
}

/**
 * Approves, removes or changes the role of a member of `unit_id`. A membership of another unit is
 * not found; the last active unit admin cannot be removed or demoted, or nobody could manage the unit.
 */
export const decideMembershipStep = createStep(
  "decide-membership",
  async (input: MembershipDecision, { container }) => {
    const service = attribution(container)
    const [membership] = await service.listMemberships({ id: input.membership_id, unit_id: input.unit_id })
    if (!membership) throw invalid("membership_id", "该单位没有这名成员")
    const next: Partial<MembershipState> = {}
    if (input.action === "approve") {
      if (membership.status !== "pending") throw invalid("action", "只能审批待审批的成员")
      next.status = "active"
    } else if (input.action === "remove") {
      if (membership.status === "removed") throw invalid("action", "该成员已被移出")
      next.status = "removed"
    } else {
      if (!input.role) throw invalid("role", "请选择新的角色")
      if (membership.status === "removed") throw invalid("action", "已移出的成员不能更改角色")
      next.role = input.role
    }
    const losesAdmin =
      membership.role === "unit_admin" &&
      membership.status === "active" &&
      (next.status === "removed" || (next.role && next.role !== "unit_admin"))
    if (losesAdmin) {
      const admins = await service.listMemberships(
        { unit_id: input.unit_id, role: "unit_admin", status: "active" },
        { select: ["id"] }
      )
      if (admins.length <= 1)
        throw invalid("membership_id", `单位至少要有一名在册的${MEMBER_ROLE_LABELS.unit_admin.zh}`)
    }
    const updated = await service.updateMemberships({
      id: membership.id,
      ...next,
      decided_by: input.decided_by,
      decided_at: new Date(),
    })
    return new StepResponse(updated, snapshot(membership))
  },
  async (previous, { container }) => {
    if (previous) await attribution(container).updateMemberships(previous)
  }
)

export interface InviteInput {
  unit_id: string
  role: MemberRole
  auto_approve: boolean
  expires_in_days: number
  max_uses?: number | null
  created_by: Decider
}

export const createInviteStep = createStep(
  "create-invite",
  async (input: InviteInput, { container }) => {
    const { expires_in_days, ...fields } = input
    const invite = await attribution(container).createUnitInvites({
      ...fields,
      code: randomCode(8),
      max_uses: input.max_uses ?? null,
      expires_at: new Date(Date.now() + expires_in_days * 86_400_000),
    })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (id) await attribution(container).deleteUnitInvites(id)
  }
)

export const revokeInviteStep = createStep(
  "revoke-invite",
  async (input: { unit_id: string; invite_id: string }, { container }) => {
    const service = attribution(container)
    const [invite] = await service.listUnitInvites({ id: input.invite_id, unit_id: input.unit_id })
    if (!invite) throw invalid("invite_id", "该单位没有这个邀请码")
    if (invite.revoked_at) return new StepResponse(invite, null as string | null)
    const revoked = await service.updateUnitInvites({ id: invite.id, revoked_at: new Date() })
    return new StepResponse(revoked, invite.id as string | null)
  },
  async (id, { container }) => {
    if (id) await attribution(container).updateUnitInvites({ id, revoked_at: null })
  }
)

const VERIFICATION_MINUTES = 30
const MAX_ATTEMPTS = 5

/** The active units whose verified email domains include the address's domain. */
export async function unitsForEmail(service: AttributionModuleService, email: string) {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase()
  const matches = await service.listUnitEmailDomains({ domain }, { relations: ["unit"] })
  return matches.map((m) => m.unit).filter((u) => u.status === "active")
}

/** Starts an email-domain join: a 6-digit code for an address some unit has verified the domain of. */
export const createEmailVerificationStep = createStep(
  "create-email-verification",
  async (input: { customer_id: string; email: string }, { container }) => {
    const service = attribution(container)
    const units = await unitsForEmail(service, input.email)
    if (!units.length) throw invalid("email", "没有单位登记过这个邮箱域名，请改用邀请码加入")
    const code = randomCode(6, "0123456789")
    const verification = await service.createEmailVerifications({
      customer_id: input.customer_id,
      email: input.email.toLowerCase(),
      code_hash: hashCode(code),
      expires_at: new Date(Date.now() + VERIFICATION_MINUTES * 60_000),
    })
    return new StepResponse(
      {
        verification_id: verification.id,
        code,
        minutes: VERIFICATION_MINUTES,
        units: units.map((u) => ({ id: u.id, name: u.name })),
      },
      verification.id
    )
  },
  async (id, { container }) => {
    if (id) await attribution(container).deleteEmailVerifications(id)
  }
)

/**
 * Confirms the code and makes the customer an active member of the chosen unit, which must have
 * verified the address's domain. Wrong codes count; after five the code is dead.
 */
export const joinByEmailStep = createStep(
  "join-by-email",
  async (input: { customer_id: string; verification_id: string; code: string; unit_id: string }, { container }) => {
    const service = attribution(container)
    const [verification] = await service.listEmailVerifications({
      id: input.verification_id,
      customer_id: input.customer_id,
    })
    if (!verification || verification.consumed_at)
      throw invalid("verification_id", "验证请求不存在或已使用，请重新获取验证码")
    if (verification.expires_at < new Date() || verification.attempts >= MAX_ATTEMPTS) {
      throw invalid("code", "验证码已失效，请重新获取")
    }
    // The unit is checked first: a unit the address cannot join is a wrong choice, not a guess, and spends no try.
    const units = await unitsForEmail(service, verification.email)
    if (!units.some((u) => u.id === input.unit_id)) throw forbidden("unit_id: 该单位没有登记这个邮箱域名")
    if (verification.code_hash !== hashCode(input.code)) {
      // Counted outside the workflow's compensation on purpose: a failed guess must stay counted.
      await service.updateEmailVerifications({ id: verification.id, attempts: verification.attempts + 1 })
      throw invalid("code", `验证码不正确，还可以再试${MAX_ATTEMPTS - verification.attempts - 1}次`)
    }
    const { membership, undo } = await enterUnit(service, {
      unit_id: input.unit_id,
      customer_id: input.customer_id,
      role: "member",
      status: "active",
      joined_via: "email_domain",
    })
    await service.updateEmailVerifications({ id: verification.id, consumed_at: new Date() })
    return new StepResponse(membership, { undo, verification_id: verification.id })
  },
  async (saved, { container }) => {
    if (!saved) return
    const service = attribution(container)
    await service.updateEmailVerifications({ id: saved.verification_id, consumed_at: null })
    await undoEnter(service, saved.undo)
  }
)
