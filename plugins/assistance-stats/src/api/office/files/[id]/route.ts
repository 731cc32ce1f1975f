import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findPrivateFile, notFound, sendPrivateFile } from "@zhunong/marketplace/private-files"
import { ledger } from "../../../../modules/ledger"
import { officeOf } from "../../../office-session"

/**
 * A private file that proves a sale counted in the office's jurisdiction subtree: the invoice a
 * supplier recorded for that order, or the evidence of a certificate on a product sold there.
 * Anything else answers 404, as a file that does not exist would.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const file = await findPrivateFile(req.scope, req.params.id)
  const products = file.certificate_id
    ? (
        await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "certificate",
          fields: ["products.id"],
          filters: { id: file.certificate_id },
        })
      ).data.flatMap((c) => (c.products ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : [])))
    : []
  const sale = file.order_id ? { order_id: file.order_id } : products.length ? { product_id: products } : null
  const [row] = sale
    ? await ledger(req.scope).listLedgerEntries(
        { ...sale, supplier_id: file.supplier_id, jurisdiction_code: officeOf(req).subtree },
        { select: ["id"], take: 1 }
      )
    : []
  if (!row) throw notFound(file.id)
  await sendPrivateFile(req.scope, res, file)
}
