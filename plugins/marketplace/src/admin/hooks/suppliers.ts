import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { SupplierFacts, SupplierStatus, SupplierUserRole } from "@zhunong/common/supplier-rules"
import { sdk } from "@zhunong/common/admin/sdk"

export interface SupplierRow extends SupplierFacts {
  id: string
  status: SupplierStatus
  created_at: string
}

export interface SupplierDetail extends SupplierRow {
  sourcing_county_codes: string[] | null
  address: string | null
  status_reason: string | null
  events: {
    id: string
    from_status: string | null
    to_status: SupplierStatus
    actor_type: string
    reason: string | null
    occurred_at: string
  }[]
  users: { id: string; email: string; name: string; role: SupplierUserRole; status: string }[]
  products: { id: string; title: string; status: string; division: { name: string } | null }[]
}

/** Query keys: every supplier query starts with "suppliers", so a change refreshes lists and details alike. */
const keys = {
  all: ["suppliers"] as const,
  list: (query: Record<string, string | number>) => ["suppliers", "list", query] as const,
  detail: (id: string) => ["suppliers", "detail", id] as const,
}

export const useSuppliers = (query: Record<string, string | number>) =>
  useQuery({
    queryKey: keys.list(query),
    queryFn: () => sdk.client.fetch<{ suppliers: SupplierRow[] }>("/admin/suppliers", { query }),
  })

export const useSupplier = (id: string) =>
  useQuery({
    queryKey: keys.detail(id),
    queryFn: () => sdk.client.fetch<{ supplier: SupplierDetail }>(`/admin/suppliers/${id}`),
  })

function useSupplierChange<Body extends Record<string, unknown>>(path: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Body) => sdk.client.fetch(path, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** 批准入驻, 暂停, 恢复, 清退: moves the supplier along its lifecycle (a reason where the rules need one). */
export const useTransitionSupplier = (id: string) =>
  useSupplierChange<{ to: SupplierStatus; reason: string | null }>(`/admin/suppliers/${id}/transition`)

/** The counties outside its own that the supplier may sell products from. */
export const useSetSourcingCounties = (id: string) =>
  useSupplierChange<{ county_codes: string[] }>(`/admin/suppliers/${id}/sourcing-counties`)
