import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { officeOf } from "../../office-session"

/** The export in the path, when the signed-in office account asked for it; another account's is not found. */
export async function ownExportJob(req: MedusaRequest) {
  const [job] = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listExportJobs({ id: req.params.id, office_user_id: officeOf(req).office_user_id })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `导出任务 ${req.params.id} 不存在`)
  return job
}
