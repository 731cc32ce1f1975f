import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SupplierFilePurpose } from "@zhunong/common/supplier-rules"
import { createSupplierFilesStep } from "../steps/files"

export interface SupplierUploadInput {
  supplier_id: string
  purpose: SupplierFilePurpose
  files: { filename: string; mime_type: string; content_base64: string }[]
}

/**
 * Stores a supplier's uploads in Medusa's file module: pictures public (the shop shows them),
 * evidence and invoices private, with a row saying whose they are.
 */
export const uploadSupplierFilesWorkflow = createWorkflow("upload-supplier-files", (input: SupplierUploadInput) => {
  const stored = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: input.files.map((f) => ({
        filename: f.filename,
        mimeType: f.mime_type,
        content: f.content_base64,
        access: input.purpose === "picture" ? ("public" as const) : ("private" as const),
      })),
    })),
  })
  createSupplierFilesStep(
    transform({ input, stored }, ({ input, stored }) =>
      input.purpose === "picture"
        ? []
        : stored.map((file, i) => ({
            id: file.id,
            supplier_id: input.supplier_id,
            purpose: input.purpose,
            filename: input.files[i].filename,
            mime_type: input.files[i].mime_type,
          }))
    )
  )
  return new WorkflowResponse(stored)
})
