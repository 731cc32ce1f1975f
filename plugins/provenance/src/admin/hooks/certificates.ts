import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { CertificateStatus, CertificateType } from "@zhunong/common/certificate-rules"
import { sdk } from "@zhunong/common/admin/sdk"

export type Certificate = {
  id: string
  type: CertificateType
  number: string
  supplier_name: string
  county_code: string
  status: CertificateStatus
  status_reason: string | null
  valid_from: string
  valid_to: string
  /** Files from the file module: the operator's own uploads are public, a supplier's are private. */
  evidence: { files?: { id: string; url: string; name?: string }[] } | null
}

/** Query keys: every certificate query starts with "certificates", so a change refreshes them all. */
const keys = {
  all: ["certificates"] as const,
  list: (filter: string) => ["certificates", "list", filter] as const,
  expiring: (days: number) => ["certificates", "expiring", days] as const,
}

/** The register filtered by a query string of statuses (`status=applied&status=under_review`), newest first. */
export const useCertificates = (statusQuery: string) =>
  useQuery({
    queryKey: keys.list(statusQuery),
    queryFn: () =>
      sdk.client.fetch<{ certificates: Certificate[] }>(
        `/admin/certificates?limit=200&order=-created_at&${statusQuery}`
      ),
  })

/** Valid certificates whose validity ends within `days`. */
export const useExpiringCertificates = (days: number) =>
  useQuery({
    queryKey: keys.expiring(days),
    queryFn: () =>
      sdk.client.fetch<{ certificates: Certificate[] }>(`/admin/certificates/expiring?within_days=${days}`),
  })

export type Transition = { to: CertificateStatus; reason?: string; publicity_from?: string; publicity_to?: string }

/** One lifecycle move (审核, 公示, 发布, 暂停, 撤销…), with the reason or publicity window it needs. */
export const useTransitionCertificate = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: Transition & { id: string }) =>
      sdk.client.fetch(`/admin/certificates/${id}/transition`, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** 登记认定申请: an application an office received, with its evidence files; the server checks every field. */
export const useApplyCertificate = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => sdk.client.fetch("/admin/certificates", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}
