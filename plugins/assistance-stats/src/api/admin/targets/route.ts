import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { createTargetWorkflow } from "../../../workflows/targets/workflows/create-target"
import { respondWithTargets } from "../../targets"
import type { AdminTargetsQuery, CreateTarget } from "../../validators"

/** Targets set in a jurisdiction's subtree (all when none is given), with progress. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminTargetsQuery>>, res: MedusaResponse) {
  const { year, jurisdiction_code } = req.validatedQuery
  const jurisdictions = jurisdiction_code
    ? await req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).jurisdictionSubtree(jurisdiction_code)
    : (
        await req.scope
          .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
          .listJurisdictions({}, { select: ["code"], take: null })
      ).map((j) => j.code)
  await respondWithTargets(req, res, jurisdictions, year)
}

export async function POST(req: MedusaRequest<z.infer<typeof CreateTarget>>, res: MedusaResponse) {
  const { result } = await createTargetWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ target: result })
}
