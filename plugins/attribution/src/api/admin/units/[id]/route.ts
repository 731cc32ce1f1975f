import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { refetch } from "@zhunong/common/server/query-config"
import { attribution } from "../../../../modules/attribution"
import { updateUnitWorkflow } from "../../../../workflows/attribution/workflows/update-unit"
import type { AdminUpdateUnit } from "../../../validators"

/** A unit with its email domains, declared bases by year, 主管单位 chain and member counts by status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "buying_unit",
    fields: ["*", "email_domains.domain", "bases.*"],
    filters: { id: req.params.id },
  })
  const unit = data[0]
  if (!unit) throw new MedusaError(MedusaError.Types.NOT_FOUND, `采购单位 ${req.params.id} 不存在`)
  const service = attribution(req.scope)
  const [parents, memberships] = await Promise.all([
    service.unitChain(unit.parent_id),
    service.listMemberships({ unit_id: unit.id }, { select: ["status"] }),
  ])
  const members = { pending: 0, active: 0, removed: 0 }
  for (const m of memberships) members[m.status as keyof typeof members]++
  res.json({
    unit: { ...unit, email_domains: unit.email_domains.map((d: { domain: string }) => d.domain), parents, members },
  })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminUpdateUnit>>, res: MedusaResponse) {
  await updateUnitWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ unit: await refetch(req, "buying_unit", req.params.id, "采购单位") })
}
