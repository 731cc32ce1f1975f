import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SupplierUpload } from "../../validators"

/** Product images, invoices and certificate evidence, stored by Medusa's file module. */
export async function POST(req: MedusaRequest<z.infer<typeof SupplierUpload>>, res: MedusaResponse) {
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: req.validatedBody.files.map((f) => ({
        filename: f.filename,
        mimeType: f.mime_type,
        content: f.content_base64,
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}
