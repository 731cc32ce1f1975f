import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { marketplace } from "../modules/marketplace"

export interface PrivateFile {
  id: string
  supplier_id: string
  filename: string
  mime_type: string
  order_id: string | null
  certificate_id: string | null
}

/**
 * A private file (evidence, an invoice) matching `filters` — its id and, for a supplier, its owner —
 * or a 404 that says no more than that, whether the file is missing or not the caller's.
 */
export async function findPrivateFile(
  scope: Pick<MedusaContainer, "resolve">,
  id: string,
  filters: { supplier_id?: string } = {}
): Promise<PrivateFile> {
  const [file] = await marketplace(scope).listSupplierFiles(
    { id, ...filters },
    { select: ["id", "supplier_id", "filename", "mime_type", "order_id", "certificate_id"] }
  )
  if (!file) throw notFound(id)
  return file
}

export const notFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `文件 ${id} 不存在`)

/**
 * Streams a private file whose reader was checked: never kept by shared caches, sandboxed so an
 * uploaded file cannot run script on the backend's origin.
 */
export async function sendPrivateFile(
  scope: Pick<MedusaContainer, "resolve">,
  res: MedusaResponse,
  file: Pick<PrivateFile, "id" | "filename" | "mime_type">
) {
  const stream = await scope.resolve(Modules.FILE).getDownloadStream(file.id)
  res.set({
    "Content-Type": file.mime_type,
    "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  })
  stream.pipe(res)
}
