import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { PROVENANCE_MODULE } from "../../../../modules/provenance"
import type ProvenanceModuleService from "../../../../modules/provenance/service"
import type { AdminCheckPairingQuery } from "../../validators"

/** Is county C paired with jurisdiction J (or an ancestor) on date D, and by what type? */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminCheckPairingQuery>>, res: MedusaResponse) {
  const { county_code, jurisdiction_code, date } = req.validatedQuery
  const provenance = req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  await provenance.retrieveCounty(county_code)
  const pairings = await provenance.pairingsOn(county_code, jurisdiction_code, date)
  res.json({ paired: pairings.length > 0, pairings })
}
