import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { marketplace } from "../modules/marketplace"

/**
 * Sends a private file (evidence, an invoice) after the caller's right to it was checked by
 * `owner`: the supplier's own, or any for operators. Not cached by shared caches; sandboxed so
 * an uploaded file cannot run script on the backend's origin.
 */
export async function sendPrivateFile(req: MedusaRequest, res: MedusaResponse, owner?: string) {
  const [file] = await marketplace(req.scope).listSupplierFiles(
    { id: req.params.id, ...(owner ? { supplier_id: owner } : {}) },
    { select: ["id", "filename", "mime_type"] }
  )
  if (!file) throw new MedusaError(MedusaError.Types.NOT_FOUND, `文件 ${req.params.id} 不存在`)
  const stream = await req.scope.resolve(Modules.FILE).getDownloadStream(file.id)
  res.set({
    "Content-Type": file.mime_type,
    "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  })
  stream.pipe(res)
}
