import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { createTargetWorkflow } from "../../../workflows/targets/workflows/create-target"
import { officeOf } from "../../office-session"
import { respondWithTargets } from "../../targets"
import type { CreateTarget, TargetsQuery } from "../../validators"

/** The targets set in the office's subtree, with progress and a projection to year end. */
export async function GET(req: MedusaRequest<unknown, z.infer<typeof TargetsQuery>>, res: MedusaResponse) {
  await respondWithTargets(req, res, officeOf(req).subtree, req.validatedQuery.year)
}

/** An office sets targets for its own jurisdiction or below, never elsewhere. */
export async function POST(req: MedusaRequest<z.infer<typeof CreateTarget>>, res: MedusaResponse) {
  if (!officeOf(req).subtree.includes(req.validatedBody.jurisdiction_code)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `jurisdiction_code: ${req.validatedBody.jurisdiction_code} 不在本办公室的辖区内`
    )
  }
  const { result } = await createTargetWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ target: result })
}
