import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UNPUBLISHED_STATUSES } from "@zhunong/common/certificate-rules"
import { shanghaiDate } from "@zhunong/common/dates"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { StoreProductProvenanceFilters, type StoreProductProvenanceFiltersType } from "../validators"
import { STORE_PROVENANCE_FIELDS } from "./query-config"

/** Matches no product: the `id` filter Medusa gets when a provenance filter matches nothing. */
const NO_PRODUCT = "prod_none"

/** Lets shoppers ask for provenance fields (`fields=+division.name,+certificates.number`) on product routes. */
export function allowProvenanceFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET") req.allowed.push(...STORE_PROVENANCE_FIELDS)
  next()
}

type WithCertificates = { certificates?: ({ status?: string } | null)[] | null }
const unpublished = new Set<string>(UNPUBLISHED_STATUSES)

/**
 * A product's linked certificates include applications still under review or rejected, which only
 * their supplier and the reviewers may see; Medusa's product query cannot filter a linked list, so
 * the answer is filtered on its way out. `certificates.status` is always read for that (a shopper
 * asking for `+certificates.number` alone must not get an application's number either).
 */
export function hideUnpublishedCertificates(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" || !String(req.query.fields ?? "").includes("certificates")) return next()
  req.query.fields = `${String(req.query.fields)},+certificates.status`
  const json = res.json.bind(res)
  const publishedOnly = (product: WithCertificates | undefined) => {
    if (product?.certificates)
      product.certificates = product.certificates.filter((c) => c?.status && !unpublished.has(c.status))
  }
  res.json = (body: unknown) => {
    const answer = body as { product?: WithCertificates; products?: WithCertificates[] } | null
    publishedOnly(answer?.product)
    answer?.products?.forEach(publishedOnly)
    return json(body)
  }
  next()
}

/**
 * Runs before Medusa's own GET /store/products validation and turns the provenance filters into
 * an `id` filter (Medusa's validator is strict and its product query cannot filter across the
 * module link). A few indexed queries, whatever the page size.
 */
export async function filterProductsByProvenance(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" || req.originalUrl.split("?")[0].replace(/\/$/, "") !== "/store/products") return next()
  const keys = Object.keys(StoreProductProvenanceFilters.shape) as (keyof StoreProductProvenanceFiltersType)[]
  const present = Object.fromEntries(keys.filter((k) => k in req.query).map((k) => [k, req.query[k]]))
  if (Object.keys(present).length === 0) return next()

  const parsed = StoreProductProvenanceFilters.safeParse(present)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue.path.join(".")
    // our messages name their field (`county_code: …`); zod's own (an unknown enum value) do not
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      issue.message.startsWith(`${field}:`) ? issue.message : `${field}: ${issue.message}`
    )
  }
  for (const key of keys) delete req.query[key]

  const ids = await matchingProductIds(req, parsed.data)
  const requested = req.query.id === undefined ? null : new Set([req.query.id].flat().map(String))
  const allowed = requested ? ids.filter((id) => requested.has(id)) : ids
  req.query.id = allowed.length ? allowed : [NO_PRODUCT]
  next()
}

async function matchingProductIds(req: MedusaRequest, filters: StoreProductProvenanceFiltersType): Promise<string[]> {
  const provenance = req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const countyPrefixes: string[] = []
  if (filters.county_code) countyPrefixes.push(filters.county_code)
  if (filters.prefecture_code) countyPrefixes.push(filters.prefecture_code.slice(0, 4))
  if (filters.province_code) countyPrefixes.push(filters.province_code.slice(0, 2))
  return provenance.listProductIdsMatching({
    countyPrefixes,
    countyAnyPrefix: filters.paired_with ? await pairedCountyPrefixes(provenance, filters.paired_with) : null,
    povertyExit: filters.poverty_exit === "true",
    certificateType: filters.certificate_type ?? null,
    validOn: filters.certified ? shanghaiDate(new Date()) : null,
  })
}

/** Prefixes of the counties covered today by a pairing of the jurisdiction or an ancestor (directly or via prefecture/province). */
async function pairedCountyPrefixes(provenance: ProvenanceModuleService, jurisdictionCode: string): Promise<string[]> {
  const today = shanghaiDate(new Date())
  const chain = await provenance.jurisdictionChain(jurisdictionCode)
  const pairings = chain.length
    ? (await provenance.listPairings({ jurisdiction_code: chain, valid_from: { $lte: today } }, { take: null })).filter(
        (p) => p.valid_to === null || p.valid_to >= today
      )
    : []
  return pairings.map((p) => p.division_code.replace(/(00)+$/, ""))
}
