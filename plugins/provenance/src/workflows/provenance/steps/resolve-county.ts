import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

/** The county division behind a code; refuses anything that is not a known county. */
export const resolveCountyStep = createStep("resolve-county", async (code: string, { container }) => {
  const county = await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).retrieveCounty(code)
  return new StepResponse({ id: county.id, code: county.code })
})
