import "server-only"
import type { Channel, Funding, MemberRole, MembershipStatus, UnitType } from "@zhunong/common/purchase-rules"
import type { Progress } from "@zhunong/common/progress"
import type {
  DeclarationKind,
  DeclarationStatus,
  DeclareShareInput,
  ReviewDeclarationInput,
} from "@zhunong/common/office-forms"
import { authHeaders, sdk } from "./client"

export interface Membership {
  id: string
  role: MemberRole
  status: MembershipStatus
  unit: { id: string; name: string; type: UnitType; jurisdiction_code: string; status: string }
  allowed_intents: { channel: Channel; funding: Funding }[]
}

export interface Unit {
  id: string
  name: string
  type: UnitType
  jurisdiction_code: string
  parents: { id: string; name: string }[]
  my_role: MemberRole
}

export interface UnitMember {
  id: string
  role: MemberRole
  status: MembershipStatus
  created_at: string
  customer: { email: string; first_name: string | null; last_name: string | null } | null
}

export interface Invite {
  id: string
  code: string
  role: MemberRole
  auto_approve: boolean
  expires_at: string
  max_uses: number | null
  used_count: number
  usable: boolean
}

export interface UnitOrder {
  id: string
  order_id: string
  channel: Channel
  funding: Funding
  amount_fen: number
  member_role: MemberRole
  attributed_at: string
  order: { display_id: number; status: string; email: string } | null
}

export interface UnitTarget {
  id: string
  name: string
  year: number
  progress: Progress | null
  total?: Progress
}

export interface UnionWelfare {
  year: number
  cap_fen: number | null
  spent_fen: number
  remaining_fen: number | null
}

async function get<T>(path: string): Promise<T> {
  return sdk().client.fetch<T>(path, { headers: await authHeaders() })
}
async function post<T>(path: string, body: Record<string, unknown>): Promise<T> {
  return sdk().client.fetch<T>(path, { method: "POST", body, headers: await authHeaders() })
}

export async function listMemberships(): Promise<Membership[]> {
  return (await get<{ memberships: Membership[] }>("/store/memberships")).memberships
}

export async function joinByCode(code: string) {
  return (await post<{ membership: { status: MembershipStatus } }>("/store/memberships/join", { code })).membership
}

export async function getUnit(id: string): Promise<Unit> {
  return (await get<{ unit: Unit }>(`/store/units/${encodeURIComponent(id)}`)).unit
}

export async function listUnitMembers(id: string): Promise<UnitMember[]> {
  return (await get<{ members: UnitMember[] }>(`/store/units/${encodeURIComponent(id)}/members?limit=100`)).members
}

export async function decideMembership(unitId: string, membershipId: string, action: "approve" | "remove") {
  await post(`/store/units/${encodeURIComponent(unitId)}/members/${encodeURIComponent(membershipId)}`, { action })
}

export async function listInvites(id: string): Promise<Invite[]> {
  return (await get<{ invites: Invite[] }>(`/store/units/${encodeURIComponent(id)}/invites`)).invites
}

export async function createInvite(
  id: string,
  body: { role: MemberRole; auto_approve: boolean; expires_in_days: number }
) {
  await post(`/store/units/${encodeURIComponent(id)}/invites`, body)
}

export async function revokeInvite(id: string, inviteId: string) {
  await post(`/store/units/${encodeURIComponent(id)}/invites/${encodeURIComponent(inviteId)}/revoke`, {})
}

export async function listUnitOrders(id: string): Promise<UnitOrder[]> {
  return (await get<{ orders: UnitOrder[] }>(`/store/units/${encodeURIComponent(id)}/orders?limit=50`)).orders
}

export async function listUnitTargets(id: string): Promise<UnitTarget[]> {
  return (await get<{ targets: UnitTarget[] }>(`/store/units/${encodeURIComponent(id)}/targets`)).targets
}

export async function getUnionWelfare(id: string): Promise<UnionWelfare> {
  return (await get<{ union_welfare: UnionWelfare }>(`/store/units/${encodeURIComponent(id)}/union-welfare`))
    .union_welfare
}

export interface UnitDeclaration {
  id: string
  unit_id: string
  unit_name: string
  kind: DeclarationKind
  canteen_total_fen: string | number | null
  reserved_fen: string | number | null
  representative_unit_id: string | null
  representative_unit_name: string | null
  contractor_name: string | null
  status: DeclarationStatus
  late: boolean
}
export interface UnitDeclarationEvent {
  id: string
  action: "submitted" | "changed" | "reviewed" | "returned" | "confirmed"
  actor_name: string
  reason: string | null
  created_at: string
}
export interface UnitReservedShare {
  budget: boolean
  campaign: { year: number; deadline: string; rate_bp: number; office_name: string } | null
  declaration: UnitDeclaration | null
  events: UnitDeclarationEvent[]
  standing: { reserved_fen: number | null; bought_fen: number; completion_bp: number | null; behind: boolean } | null
  reminders: { id: string; created_at: string; data: { title?: string; body?: string } }[]
  representatives: { id: string; name: string }[]
}

/** The unit's 预留份额 this year: the call, its declaration and history, its completion and reminders. */
export async function getReservedShare(id: string): Promise<UnitReservedShare> {
  return get<UnitReservedShare>(`/store/units/${encodeURIComponent(id)}/reserved-share`)
}

export async function declareShare(id: string, body: DeclareShareInput) {
  await post(`/store/units/${encodeURIComponent(id)}/reserved-share`, body)
}

/** 主管单位: the declarations of the units it supervises, for its admin to review. */
export async function listSubordinateDeclarations(id: string) {
  return (
    await get<{ declarations: (UnitDeclaration & { events: UnitDeclarationEvent[] })[] }>(
      `/store/units/${encodeURIComponent(id)}/subordinate-declarations`
    )
  ).declarations
}

export async function reviewDeclaration(id: string, declarationId: string, body: ReviewDeclarationInput) {
  await post(
    `/store/units/${encodeURIComponent(id)}/subordinate-declarations/${encodeURIComponent(declarationId)}/review`,
    body
  )
}
