import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { coveringCodes } from "@zhunong/common/divisions"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

/**
 * The origin counties (产地县) of published products, with their province and prefecture and how
 * many products each has: the shop's "browse by where it comes from" tree. Two queries, whatever
 * the catalog's size: products counted per county in Postgres, then the counties' divisions.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const provenance = req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const productsPerCounty = await provenance.countPublishedProductsByCounty()

  const codes = [...productsPerCounty.keys()]
  const divisions = codes.length
    ? await provenance.listDivisions(
        { code: [...new Set(codes.flatMap(coveringCodes))] },
        { select: ["code", "name", "level", "is_poverty_exit", "is_key_assistance"], take: null }
      )
    : []
  const byCode = new Map(divisions.map((d) => [d.code, d]))
  const counties = codes
    .filter((code) => byCode.get(code)?.level === "county")
    .sort()
    .map((code) => {
      const [county, prefecture, province] = coveringCodes(code).map((c) => byCode.get(c))
      return {
        code,
        name: county!.name,
        is_poverty_exit: county!.is_poverty_exit,
        is_key_assistance: county!.is_key_assistance,
        prefecture: { code: prefecture?.code ?? coveringCodes(code)[1], name: prefecture?.name ?? null },
        province: { code: province?.code ?? coveringCodes(code)[2], name: province?.name ?? null },
        product_count: productsPerCounty.get(code)!,
      }
    })
  res.json({ counties })
}
