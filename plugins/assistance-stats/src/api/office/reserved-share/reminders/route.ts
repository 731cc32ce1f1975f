import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { ledger } from "../../../../modules/ledger"
import { shareStanding } from "../../../../queries/reserved-share"
import { remindShareUnitsWorkflow } from "../../../../workflows/reserved-share/workflows/reserved-share"
import { officeOf } from "../../../office-session"
import type { ShareYear } from "../../../validators"

/** Reminds the admins of every unit of the call that has not declared; answers how many units and people. */
export async function POST(req: MedusaRequest<z.infer<typeof ShareYear>>, res: MedusaResponse) {
  const office = officeOf(req)
  const [campaign] = await ledger(req.scope).listShareCampaigns({
    jurisdiction_code: office.jurisdiction_code,
    year: req.validatedBody.year,
  })
  if (!campaign)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `year: ${req.validatedBody.year}年尚未发起预留份额申报`)
  const missing = (await shareStanding(req.scope, campaign)).units.filter((u) => u.coverage === "missing")
  const admins = missing.length
    ? await req.scope
        .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
        .listMemberships(
          { unit_id: missing.map((u) => u.unit_id), role: "unit_admin", status: "active" },
          { select: ["unit_id", "customer_id"], take: null }
        )
    : []
  const { data: customers } = admins.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "customer",
        fields: ["id", "email"],
        filters: { id: admins.map((a) => a.customer_id) },
      })
    : { data: [] as { id: string; email: string }[] }
  const emailOf = new Map(customers.map((c: { id: string; email: string }) => [c.id, c.email]))
  const nameOf = new Map(missing.map((u) => [u.unit_id, u.unit_name]))
  const notices = admins.flatMap((a) => {
    const to = emailOf.get(a.customer_id)
    return to ? [{ to, unit_id: a.unit_id, unit_name: nameOf.get(a.unit_id) ?? "" }] : []
  })
  await remindShareUnitsWorkflow(req.scope).run({
    input: { notices, office_name: office.office_name, year: campaign.year, deadline: campaign.deadline },
  })
  res.json({ units: missing.length, reminded: notices.length })
}
