import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { respondWithList } from "@zhunong/common/server/list"
import { refetch } from "@zhunong/common/server/query-config"
import { createOfficeAccountWorkflow } from "../../../workflows/offices/workflows/create-office-account"
import type { AdminCreateOffice, AdminListOfficesQuery } from "../../validators"

export async function GET(req: MedusaRequest<unknown, z.infer<typeof AdminListOfficesQuery>>, res: MedusaResponse) {
  await respondWithList(req, res, "office_user", "offices", { jurisdiction_code: req.validatedQuery.jurisdiction_code })
}

/** Creates an office account bound to a jurisdiction; the person signs in at /auth/office/emailpass. */
export async function POST(req: MedusaRequest<z.infer<typeof AdminCreateOffice>>, res: MedusaResponse) {
  const { result } = await createOfficeAccountWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ office: await refetch(req, "office_user", result.id, "办公室账号") })
}
