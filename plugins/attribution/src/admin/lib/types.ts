import type { MemberRole, MembershipStatus, UnitType } from "@zhunong/common/purchase-rules"

export interface Unit {
  id: string
  name: string
  uscc: string
  type: UnitType
  parent_id: string | null
  jurisdiction_code: string
  address: string | null
  status: "active" | "inactive"
}

export interface UnitDetail extends Unit {
  email_domains: string[]
  bases: Basis[]
  parents: { id: string; name: string }[]
  members: Record<MembershipStatus, number>
}

export interface Basis {
  year: number
  canteen_total_fen: number | null
  holiday_gift_total_fen: number | null
  union_members: number | null
  union_welfare_per_member_fen: number
}

export interface Member {
  id: string
  role: MemberRole
  status: MembershipStatus
  joined_via: string
  created_at: string
  customer: { email: string; first_name: string | null; last_name: string | null } | null
}
