import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendPrivateFile } from "@zhunong/marketplace/private-files"
import { bankTransfers } from "../../../../../modules/bank-transfer"

/** A remittance's voucher (the bank statement's scan), a private file: only through this admin route. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [remittance] = await bankTransfers(req.scope).listRemittances(
    { id: req.params.id },
    { select: ["voucher_file_id", "voucher_filename", "voucher_mime_type"] }
  )
  if (!remittance?.voucher_file_id)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `汇款 ${req.params.id} 没有凭证文件`)
  await sendPrivateFile(req.scope, res, {
    id: remittance.voucher_file_id,
    filename: remittance.voucher_filename ?? "voucher",
    mime_type: remittance.voucher_mime_type ?? "application/octet-stream",
  })
}
