import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SupplierFilePurpose } from "@zhunong/common/supplier-rules"
import { invalid } from "@zhunong/common/server/errors"
import { marketplace } from "../../../modules/marketplace"

export interface SupplierFileInput {
  id: string
  supplier_id: string
  purpose: SupplierFilePurpose
  filename: string
  mime_type: string
}

/** Records who owns the private files just stored; removed again if the upload is undone. */
export const createSupplierFilesStep = createStep(
  "create-supplier-files",
  async (files: SupplierFileInput[], { container }) => {
    if (!files.length) return new StepResponse([], [])
    const created = await marketplace(container).createSupplierFiles(files)
    return new StepResponse(
      created,
      created.map((f) => f.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await marketplace(container).deleteSupplierFiles(ids)
  }
)

/**
 * Private files a supplier attaches (an invoice, certificate evidence) must be its own uploads for
 * that purpose: otherwise a supplier could attach another's file and have it served to an office.
 */
export async function assertOwnFiles(
  container: Pick<MedusaContainer, "resolve">,
  supplierId: string,
  ids: string[],
  purpose: SupplierFilePurpose,
  field: string
) {
  if (!ids.length) return
  const own = await marketplace(container).listSupplierFiles(
    { id: ids, supplier_id: supplierId, purpose },
    { select: ["id"] }
  )
  const missing = ids.filter((id) => !own.some((f) => f.id === id))
  if (missing.length) throw invalid(field, `文件 ${missing.join("、")} 不是本供应商上传的，请重新上传`)
}

export interface AttachFilesInput {
  ids: string[]
  order_id?: string
  certificate_id?: string
}

/**
 * Notes what private files prove: the order an invoice was recorded for, the certificate evidence
 * was filed with — so the office a sale counts for can be let in. Undone to what was there before.
 */
export const attachSupplierFilesStep = createStep(
  "attach-supplier-files",
  async (input: AttachFilesInput, { container }) => {
    if (!input.ids.length) return new StepResponse(undefined, [])
    const service = marketplace(container)
    const before = await service.listSupplierFiles({ id: input.ids }, { select: ["id", "order_id", "certificate_id"] })
    await service.updateSupplierFiles(
      input.ids.map((id) => ({
        id,
        ...(input.order_id ? { order_id: input.order_id } : {}),
        ...(input.certificate_id ? { certificate_id: input.certificate_id } : {}),
      }))
    )
    return new StepResponse(
      undefined,
      before.map((f) => ({ id: f.id, order_id: f.order_id, certificate_id: f.certificate_id }))
    )
  },
  async (before, { container }) => {
    if (before?.length) await marketplace(container).updateSupplierFiles(before)
  }
)
