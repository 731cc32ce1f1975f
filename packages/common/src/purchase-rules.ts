/**
 * Who may buy what for a buying unit, as data: unit types, member roles, channels (渠道) and
 * funding sources (资金性质), with their Chinese and English labels. Free of server imports so
 * Medusa Admin and the storefront can use the same rules and wording.
 */
export const UNIT_TYPES = [
  "party_government",
  "public_institution",
  "school",
  "hospital",
  "state_enterprise",
  "union",
  "private_enterprise",
  "social_organization",
] as const
export type UnitType = (typeof UNIT_TYPES)[number]

export const UNIT_TYPE_LABELS: Record<UnitType, { zh: string; en: string }> = {
  party_government: { zh: "党政机关", en: "Party or government organ" },
  public_institution: { zh: "事业单位", en: "Public institution" },
  school: { zh: "学校", en: "School" },
  hospital: { zh: "医院", en: "Hospital" },
  state_enterprise: { zh: "国有企业", en: "State-owned enterprise" },
  union: { zh: "工会", en: "Trade union" },
  private_enterprise: { zh: "民营企业", en: "Private enterprise" },
  social_organization: { zh: "社会组织", en: "Social organisation" },
}

/** Units funded from the state budget (预算单位): only they buy with 财政预算. */
export const BUDGET_UNIT_TYPES: readonly UnitType[] = ["party_government", "public_institution", "school", "hospital"]

export const MEMBER_ROLES = ["member", "procurement_officer", "union_officer", "unit_admin"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const MEMBER_ROLE_LABELS: Record<MemberRole, { zh: string; en: string }> = {
  member: { zh: "职工", en: "Member" },
  procurement_officer: { zh: "采购员", en: "Procurement officer" },
  union_officer: { zh: "工会", en: "Union officer" },
  unit_admin: { zh: "单位管理员", en: "Unit admin" },
}

export const MEMBERSHIP_STATUSES = ["pending", "active", "removed"] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, { zh: string; en: string }> = {
  pending: { zh: "待审批", en: "Pending" },
  active: { zh: "已加入", en: "Active" },
  removed: { zh: "已移出", en: "Removed" },
}

export const CHANNELS = ["personal", "canteen", "office", "holiday_gift", "welfare"] as const
export type Channel = (typeof CHANNELS)[number]

export const CHANNEL_LABELS: Record<Channel, { zh: string; en: string }> = {
  personal: { zh: "个人消费", en: "Personal purchase" },
  canteen: { zh: "食堂采购", en: "Canteen procurement" },
  office: { zh: "办公/会务", en: "Office and meetings" },
  holiday_gift: { zh: "节日慰问", en: "Holiday gifts" },
  welfare: { zh: "职工福利", en: "Staff welfare" },
}

export const FUNDINGS = ["personal", "budget", "union", "own_funds"] as const
export type Funding = (typeof FUNDINGS)[number]

export const FUNDING_LABELS: Record<Funding, { zh: string; en: string }> = {
  personal: { zh: "个人", en: "Personal" },
  budget: { zh: "财政预算", en: "State budget" },
  union: { zh: "工会经费", en: "Union funds" },
  own_funds: { zh: "自有资金", en: "Own funds" },
}

/**
 * What each funding source may pay for and who may spend it. Personal money buys for oneself;
 * the budget pays canteens and offices, never gifts; union funds pay holiday gifts and welfare;
 * an enterprise's own funds may pay any unit purchase.
 */
const FUNDING_RULES: Record<Funding, { roles: readonly MemberRole[]; channels: readonly Channel[] }> = {
  personal: { roles: MEMBER_ROLES, channels: ["personal"] },
  budget: { roles: ["procurement_officer"], channels: ["canteen", "office"] },
  union: { roles: ["union_officer"], channels: ["holiday_gift", "welfare"] },
  own_funds: { roles: ["procurement_officer"], channels: ["canteen", "office", "holiday_gift", "welfare"] },
}

export interface IntentProblem {
  field: "channel" | "funding"
  message: string
}

/** Why a member with `role` in a unit of `unitType` may not buy through `channel` with `funding`, or null. */
export function intentProblem(
  role: MemberRole,
  unitType: UnitType,
  channel: Channel,
  funding: Funding
): IntentProblem | null {
  const rule = FUNDING_RULES[funding]
  const fundingLabel = FUNDING_LABELS[funding].zh
  if (!rule.roles.includes(role)) {
    const allowed = rule.roles.map((r) => MEMBER_ROLE_LABELS[r].zh).join("、")
    return {
      field: "funding",
      message: `${fundingLabel}只能由${allowed}使用，你在本单位的角色是${MEMBER_ROLE_LABELS[role].zh}`,
    }
  }
  if (funding === "budget" && !BUDGET_UNIT_TYPES.includes(unitType)) {
    return { field: "funding", message: `${UNIT_TYPE_LABELS[unitType].zh}不是预算单位，不能使用财政预算` }
  }
  if (funding === "own_funds" && BUDGET_UNIT_TYPES.includes(unitType)) {
    return { field: "funding", message: `${UNIT_TYPE_LABELS[unitType].zh}是预算单位，单位采购应使用财政预算` }
  }
  if (!rule.channels.includes(channel)) {
    const allowed = rule.channels.map((c) => CHANNEL_LABELS[c].zh).join("、")
    return { field: "channel", message: `${fundingLabel}只能用于${allowed}，不能用于${CHANNEL_LABELS[channel].zh}` }
  }
  return null
}

/** Every channel/funding pair a member may choose, for forms that offer only what is allowed. */
export function allowedIntents(role: MemberRole, unitType: UnitType): { channel: Channel; funding: Funding }[] {
  return FUNDINGS.flatMap((funding) =>
    CHANNELS.filter((channel) => intentProblem(role, unitType, channel, funding) === null).map((channel) => ({
      channel,
      funding,
    }))
  )
}

/** Union-funded staff welfare is capped per union member per year (慈溪: 每人每年不超过500元). */
export const DEFAULT_UNION_WELFARE_PER_MEMBER_FEN = 50_000

export function isCappedUnionWelfare(channel: Channel, funding: Funding): boolean {
  return funding === "union" && channel === "welfare"
}
