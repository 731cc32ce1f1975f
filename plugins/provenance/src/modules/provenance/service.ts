import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { coveringCodes, prefectureOf, provinceOf } from "@zhunong/common/divisions"
import { Certificate } from "./models/certificate"
import { CertificateEvent } from "./models/certificate-event"
import { Division } from "./models/division"
import { Jurisdiction } from "./models/jurisdiction"
import { Pairing } from "./models/pairing"
import type { OriginRepository, ProvenanceMatch } from "./repositories/origin"

/** A county may host assistance suppliers when it is a 脱贫县 or some pairing covers it; why not otherwise. */
function eligibilityOf(county: { code: string; name: string; is_poverty_exit: boolean }, pairings: unknown[]) {
  const eligible = county.is_poverty_exit || pairings.length > 0
  return {
    eligible,
    reason: eligible ? null : `${county.name}（${county.code}）既不是脱贫县，也不在任何对口帮扶关系中`,
  }
}

export default class ProvenanceModuleService extends MedusaService({
  Division,
  Jurisdiction,
  Pairing,
  Certificate,
  CertificateEvent,
}) {
  protected readonly originRepository_: OriginRepository

  constructor(container: { originRepository: OriginRepository }, ...rest: unknown[]) {
    super(container, ...rest)
    this.originRepository_ = container.originRepository
  }

  /** How many published products each origin county has (产地县 code → count), in one grouped query. */
  @InjectManager()
  async countPublishedProductsByCounty(@MedusaContext() sharedContext: Context = {}): Promise<Map<string, number>> {
    const rows = await this.originRepository_.publishedProductsByCounty(sharedContext)
    return new Map(rows.map((row) => [row.code, row.product_count]))
  }

  /** The ids of the products a shopper's provenance filters match, in one query over the link tables. */
  @InjectManager()
  async listProductIdsMatching(
    match: ProvenanceMatch,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return this.originRepository_.productIdsMatching(match, sharedContext)
  }

  /** The county-level division with `code`, or a 400 naming `field` when there is none. */
  async retrieveCounty(code: string, field = "county_code") {
    const [division] = await this.listDivisions({ code })
    if (!division) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: 未知的行政区划代码 ${code}`)
    if (division.level !== "county") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${code} ${division.name} 不是县级行政区`)
    }
    return division
  }

  /** The jurisdiction's code followed by its ancestors' codes, nearest first (松江区 → 上海市). */
  async jurisdictionChain(code: string): Promise<string[]> {
    const chain: string[] = []
    let current: string | null = code
    while (current && !chain.includes(current)) {
      const [found]: { code: string; parent_code: string | null }[] = await this.listJurisdictions(
        { code: current },
        { select: ["code", "parent_code"] }
      )
      if (!found) break
      chain.push(found.code)
      current = found.parent_code
    }
    return chain
  }

  /** The jurisdiction's code and every code below it (慈溪市 under 宁波市 under 浙江省): an office's scope. */
  async jurisdictionSubtree(code: string): Promise<string[]> {
    const all: { code: string; parent_code: string | null }[] = await this.listJurisdictions(
      {},
      { select: ["code", "parent_code"], take: null }
    )
    const children = new Map<string, string[]>()
    for (const j of all)
      if (j.parent_code) children.set(j.parent_code, [...(children.get(j.parent_code) ?? []), j.code])
    const subtree: string[] = []
    const queue = all.some((j) => j.code === code) ? [code] : []
    while (queue.length) {
      const next = queue.shift()!
      if (subtree.includes(next)) continue
      subtree.push(next)
      queue.push(...(children.get(next) ?? []))
    }
    return subtree
  }

  /**
   * Why a county may host assistance suppliers on `date`, or why not: it must be a 脱贫县 or be
   * covered (itself, its prefecture or its province) by some pairing in force that day.
   * Throws a 400 naming `field` for an unknown or non-county code.
   */
  async supplierEligibility(countyCode: string, date: string, field = "county_code") {
    const county = await this.retrieveCounty(countyCode, field)
    const pairings = await this.pairingsInForce(coveringCodes(countyCode), date)
    return { county, pairings, ...eligibilityOf(county, pairings) }
  }

  /**
   * Counties whose name contains `q` or whose code starts with it (or those with `codes`), with
   * their prefecture and province names and whether each may host suppliers on `date` — what a
   * supplier picks its county from. Three queries, whatever the number of matches.
   */
  async supplierCounties(match: { q: string } | { codes: string[] }, date: string, take = 10) {
    const counties = await this.listDivisions(
      "q" in match
        ? { level: "county", $or: [{ name: { $ilike: `%${match.q}%` } }, { code: { $like: `${match.q}%` } }] }
        : { level: "county", code: match.codes },
      { take, order: { code: "ASC" } }
    )
    const covering = [...new Set(counties.flatMap((c) => coveringCodes(c.code)))]
    const [pairings, parents] = counties.length
      ? await Promise.all([
          this.pairingsInForce(covering, date),
          this.listDivisions({ code: covering.filter((c) => c.endsWith("00")) }, { select: ["code", "name"] }),
        ])
      : [[], []]
    const nameOf = new Map(parents.map((d) => [d.code, d.name]))
    return counties.map((county) => {
      const own = pairings.filter((p) => coveringCodes(county.code).includes(p.division_code))
      return {
        code: county.code,
        name: county.name,
        prefecture_name: nameOf.get(prefectureOf(county.code)) ?? null,
        province_name: nameOf.get(provinceOf(county.code)) ?? null,
        is_poverty_exit: county.is_poverty_exit,
        ...eligibilityOf(county, own),
      }
    })
  }

  /** Pairings of any of `divisionCodes` in force on `date` (YYYY-MM-DD). */
  private async pairingsInForce(divisionCodes: string[], date: string) {
    const pairings = await this.listPairings({ division_code: divisionCodes, valid_from: { $lte: date } })
    return pairings.filter((p) => p.valid_to === null || p.valid_to >= date)
  }

  /**
   * The pairings in force on `date` (YYYY-MM-DD) between the county (directly, or through its
   * prefecture or province) and the jurisdiction or any of its ancestors.
   */
  async pairingsOn(countyCode: string, jurisdictionCode: string, date: string) {
    const chain = await this.jurisdictionChain(jurisdictionCode)
    if (!chain.length) return []
    const pairings = await this.listPairings({
      division_code: coveringCodes(countyCode),
      jurisdiction_code: chain,
      valid_from: { $lte: date },
    })
    return pairings.filter((p) => p.valid_to === null || p.valid_to >= date)
  }
}
