import { model } from "@medusajs/framework/utils"
import { SUPPLIER_FILE_PURPOSES } from "@zhunong/common/supplier-rules"
import { Supplier } from "./supplier"

/**
 * Who owns a private file (certificate evidence, an invoice) in Medusa's file module. Private files
 * have no public URL: they are served only to their supplier and operators, after this row is
 * checked. `id` is the file module's id (its file key). Product pictures are public and not listed here.
 */
export const SupplierFile = model
  .define("supplier_file", {
    id: model.text().primaryKey(),
    supplier: model.belongsTo(() => Supplier, { mappedBy: "files" }),
    purpose: model.enum([...SUPPLIER_FILE_PURPOSES]),
    filename: model.text(),
    mime_type: model.text(),
  })
  .indexes([{ on: ["supplier_id", "created_at"] }])
