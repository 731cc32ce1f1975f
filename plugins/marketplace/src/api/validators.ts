import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { divisionCode } from "@zhunong/common/form-fields"
import { PART_STATUSES, SUPPLIER_FILE_PURPOSES, SUPPLIER_STATUSES } from "@zhunong/common/supplier-rules"
import { CERTIFICATE_STATUSES } from "@zhunong/common/certificate-rules"

/** Files sent as base64 in JSON (at most 5 MB each): product images, invoices, certificate evidence. */
export const SupplierUpload = z
  .object({
    purpose: z.enum(SUPPLIER_FILE_PURPOSES).default("picture"),
    files: z
      .array(
        z
          .object({
            filename: z.string().trim().min(1, "filename: 不能为空").max(200, "filename: 最多200个字"),
            mime_type: z.enum(["image/jpeg", "image/png", "image/webp", "application/pdf"], {
              message: "只能上传 JPG、PNG、WEBP 图片或 PDF",
            }),
            content_base64: z.string().min(1).max(7_000_000, "单个文件不能超过 5 MB"),
          })
          .strict()
      )
      .min(1)
      .max(5, "一次最多上传5个文件"),
  })
  .strict()
  .refine((body) => body.purpose !== "picture" || body.files.every((f) => f.mime_type.startsWith("image/")), {
    path: ["files"],
    message: "files: 商品图片只能是 JPG、PNG 或 WEBP",
  })

export const ListListingsQuery = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  q: z.string().trim().min(1).max(50).optional(),
  status: z.enum(["published", "draft"]).optional(),
})

export const ListNotificationsQuery = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  unread: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
})

/** Which entries to mark read: the listed ids, or all (exactly one of the two). */
export const MarkNotificationsRead = z
  .object({
    ids: z.array(z.string().trim().min(1, "ids: 不能为空")).min(1, "ids: 至少一条").max(100, "ids: 一次最多100条"),
    all: z.literal(true),
  })
  .partial()
  .strict()
  .refine((body) => !!body.ids !== !!body.all, { message: "ids: 请给出要标为已读的通知，或用 all: true 全部标为已读" })

export const ListSupplierOrders = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  status: z.enum(PART_STATUSES).optional(),
})

export const SettlementQuery = z.object({ year: z.coerce.number().int().min(2015).max(2100).optional() })

export const AdminListSuppliers = createFindParams({ limit: 50, offset: 0, order: "-created_at" }).extend({
  status: z.union([z.enum(SUPPLIER_STATUSES), z.array(z.enum(SUPPLIER_STATUSES))]).optional(),
  q: z.string().trim().min(1).max(50).optional(),
  county_code: divisionCode("county_code").optional(),
})

export const AdminTransitionSupplier = z
  .object({ to: z.enum(["approved", "suspended", "terminated"]), reason: z.string().trim().max(2000).nullish() })
  .strict()

export const AdminSourcingCounties = z.object({ county_codes: z.array(divisionCode("county_codes")).max(50) }).strict()

/** A county search (`q`, name or code) or the counties with the given codes; exactly one. */
export const SupplierCountiesQuery = z
  .object({
    q: z.string().trim().min(1, "q: 请输入县名或代码").max(20, "q: 最多20个字").optional(),
    code: z
      .union([divisionCode("code"), z.array(divisionCode("code")).max(20, "code: 一次最多20个")])
      .transform((c) => (Array.isArray(c) ? c : [c]))
      .optional(),
  })
  .strict()
  .refine((query) => !!query.q !== !!query.code, {
    path: ["q"],
    message: "q: 请给出县名或代码（q），或县的代码（code）",
  })

export const ListSupplierCertificates = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  status: z.enum(CERTIFICATE_STATUSES).optional(),
})

/** One month's lines behind the settlement, as JSON or as a CSV download. */
export const SettlementLinesQuery = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month: 应为月份 YYYY-MM"),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()
