import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { MemberRole } from "@zhunong/common/purchase-rules"
import { sdk } from "@zhunong/common/admin/sdk"
import type { Member, Unit, UnitDetail } from "../lib/types"

/** Query keys: every unit query starts with "units", so a change refreshes lists, details and members alike. */
const keys = {
  all: ["units"] as const,
  list: (query: Record<string, string | number>) => ["units", "list", query] as const,
  detail: (id: string) => ["units", "detail", id] as const,
  members: (id: string) => ["units", "members", id] as const,
}

export const useUnits = (query: Record<string, string | number>) =>
  useQuery({
    queryKey: keys.list(query),
    queryFn: () => sdk.client.fetch<{ units: Unit[]; count: number }>("/admin/units", { query }),
  })

export const useUnit = (id: string) =>
  useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<{ unit: UnitDetail }>(`/admin/units/${id}`),
  })

export const useUnitMembers = (id: string) =>
  useQuery({
    queryKey: keys.members(id),
    queryFn: () => sdk.client.fetch<{ members: Member[] }>(`/admin/units/${id}/members`, { query: { limit: 200 } }),
  })

/** A POST that changes units; refreshes every unit query once it succeeds. */
function useUnitChange<Body extends Record<string, unknown>>(path: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Body) => sdk.client.fetch(path, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export const useCreateUnit = () => useUnitChange<Record<string, unknown>>("/admin/units")
export const useUpdateUnit = (id: string) => useUnitChange<Record<string, unknown>>(`/admin/units/${id}`)
/** 年度申报: the year's bases, amounts in fen. */
export const useSetUnitBasis = (id: string) => useUnitChange<Record<string, unknown>>(`/admin/units/${id}/bases`)
/** Adds a registered customer to the unit directly, already active. */
export const useAddMember = (id: string) =>
  useUnitChange<{ email: string; role: MemberRole }>(`/admin/units/${id}/members`)

/** Approves, removes or re-roles a member. */
export const useDecideMember = (unitId: string) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ memberId, ...body }: { memberId: string; action: string; role?: MemberRole }) =>
      sdk.client.fetch(`/admin/units/${unitId}/members/${memberId}`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export interface RowError {
  line: number
  field: string
  message: string
}

/** The import's refusal: every bad row (`errors`), or one message. */
export class ImportRefused extends Error {
  constructor(readonly errors: RowError[] | string) {
    super(typeof errors === "string" ? errors : `${errors.length} 行有误`)
  }
}

/**
 * Imports units from CSV text. By fetch rather than the SDK: a refused import's body lists every bad
 * row, which the SDK's error drops.
 */
export const useImportUnits = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (csv: string) => {
      const res = await fetch("/admin/units/import", {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ csv }),
      })
      const body = await res.json()
      if (!res.ok) throw new ImportRefused(body.errors ?? body.message)
      return body as { created: number }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}
