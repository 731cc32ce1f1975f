import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { shanghaiDate } from "@zhunong/common/dates"
import { coveringCodes } from "@zhunong/common/divisions"
import { PAIRING_TYPE_LABELS } from "../../../../lib/pairing-types"
import { PROVENANCE_MODULE } from "../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../modules/provenance/service"
import { StoreCountyCode } from "../../validators"

/** One origin county for its page in the shop: where it is and the eastern jurisdictions paired with it today. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = StoreCountyCode.safeParse(req.params.code)
  if (!code.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, code.error.issues[0].message)
  const provenance = req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const covering = coveringCodes(code.data)
  const divisions = await provenance.listDivisions({ code: covering })
  const county = divisions.find((d) => d.code === code.data && d.level === "county")
  if (!county) throw new MedusaError(MedusaError.Types.NOT_FOUND, `未找到代码为 ${code.data} 的县级行政区`)

  const today = shanghaiDate(new Date())
  const pairings = (
    await provenance.listPairings({ division_code: covering, valid_from: { $lte: today } }, { take: null })
  ).filter((p) => p.valid_to === null || p.valid_to >= today)
  const jurisdictions = pairings.length
    ? await provenance.listJurisdictions(
        { code: [...new Set(pairings.map((p) => p.jurisdiction_code))] },
        { select: ["code", "name"], take: null }
      )
    : []
  const nameOf = new Map([...divisions, ...jurisdictions].map((d) => [d.code, d.name]))

  res.json({
    county: {
      code: county.code,
      name: county.name,
      is_poverty_exit: county.is_poverty_exit,
      is_key_assistance: county.is_key_assistance,
      path: [...covering].reverse().map((c) => nameOf.get(c) ?? c),
      pairings: pairings
        .map((p) => ({
          jurisdiction_code: p.jurisdiction_code,
          jurisdiction_name: nameOf.get(p.jurisdiction_code) ?? p.jurisdiction_code,
          pairing_type: p.pairing_type,
          pairing_type_label: PAIRING_TYPE_LABELS[p.pairing_type],
          label: p.label,
          through: p.division_code === county.code ? null : (nameOf.get(p.division_code) ?? p.division_code),
          valid_from: p.valid_from,
        }))
        .sort((a, b) => a.jurisdiction_code.localeCompare(b.jurisdiction_code)),
    },
  })
}
