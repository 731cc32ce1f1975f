import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { officeOf } from "../../office-session"

/** The signed-in office: its name and the jurisdictions it reads, with their names (for the portal's choices). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const office = officeOf(req)
  const named = await req.scope
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .listJurisdictions({ code: office.subtree }, { select: ["code", "name"], take: null })
  const names = new Map(named.map((j) => [j.code, j.name]))
  res.json({
    office: { ...office, jurisdictions: office.subtree.map((code) => ({ code, name: names.get(code) ?? code })) },
  })
}
