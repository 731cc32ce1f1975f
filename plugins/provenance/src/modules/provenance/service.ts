import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import { coveringCodes } from "@zhunong/common/divisions"
import { Certificate } from "./models/certificate"
import { CertificateEvent } from "./models/certificate-event"
import { Division } from "./models/division"
import { Jurisdiction } from "./models/jurisdiction"
import { Pairing } from "./models/pairing"

export default class ProvenanceModuleService extends MedusaService({
  Division,
  Jurisdiction,
  Pairing,
  Certificate,
  CertificateEvent,
}) {
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
    const pairings = (
      await this.listPairings({ division_code: coveringCodes(countyCode), valid_from: { $lte: date } })
    ).filter((p) => p.valid_to === null || p.valid_to >= date)
    const eligible = county.is_poverty_exit || pairings.length > 0
    return {
      county,
      eligible,
      reason: eligible ? null : `${county.name}（${county.code}）既不是脱贫县，也不在任何对口帮扶关系中`,
      pairings,
    }
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
