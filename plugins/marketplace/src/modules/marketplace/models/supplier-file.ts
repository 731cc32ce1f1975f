import { model } from "@medusajs/framework/utils"
import { SUPPLIER_FILE_PURPOSES } from "@zhunong/common/supplier-rules"
import { Supplier } from "./supplier"

/**
 * Who owns a private file (certificate evidence, an invoice) in Medusa's file module. Private files
 * have no public URL: they are served only to their supplier, operators and the office a sale they
 * prove counts for, after this row is checked. `id` is the file module's id (its file key).
 * Product pictures are public and not listed here.
 */
export const SupplierFile = model
  .define("supplier_file", {
    id: model.text().primaryKey(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "files" }),
    purpose: model.enum([...SUPPLIER_FILE_PURPOSES]),
    filename: model.text(),
    mime_type: model.text(),
    /** The order whose part an invoice was recorded for: the office that sale counts for may open it. */
    order_id: model.text().nullable(),
    /** The certificate evidence was filed with: offices with a sale of its products may open it. */
    certificate_id: model.text().nullable(),
  })
  .indexes([{ on: ["supplier_id", "created_at"] }])
