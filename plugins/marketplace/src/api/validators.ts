import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { divisionCode, usccCode } from "@zhunong/common/server/validators"
import { CertificateApplicationFields, withValidWindow } from "@zhunong/provenance/validators/admin"
import { CARRIERS, ENTITY_TYPES, SUPPLIER_STATUSES, SUPPLIER_USER_ROLES } from "@zhunong/common/supplier-rules"

const text = (field: string, max: number) =>
  z.string().trim().min(1, `${field} 不能为空`).max(max, `${field} 最多${max}个字`)
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{7,20}$/, "contact_phone 应为电话号码")
const fen = (field: string) =>
  z.number().int(`${field} 应为整数（分）`).min(0, `${field} 不能为负数`).max(100_000_000_00, `${field} 数额过大`)
const stock = z.number().int("stock 应为整数").min(0, "stock 不能为负数").max(10_000_000, "stock 数量过大")
const file = z.object({ id: z.string().min(1), url: z.string().url(), name: z.string().max(200).optional() }).strict()

export const SupplierRegistration = z
  .object({
    name: text("name", 200),
    uscc: usccCode("uscc"),
    entity_type: z.enum(ENTITY_TYPES),
    county_code: divisionCode("county_code"),
    contact_name: text("contact_name", 50),
    contact_phone: phone,
    address: z.string().trim().max(500).nullish(),
    user_name: text("user_name", 50),
  })
  .strict()

export const UpdateSupplierProfile = z
  .object({
    contact_name: text("contact_name", 50),
    contact_phone: phone,
    address: z.string().trim().max(500).nullish(),
  })
  .partial()
  .strict()

export const InviteSupplierUser = z
  .object({
    email: z.email("email 格式不正确").transform((e) => e.toLowerCase()),
    name: text("name", 50),
    role: z.enum(SUPPLIER_USER_ROLES).default("staff"),
  })
  .strict()

export const ClaimSupplierUser = z.object({ code: z.string().trim().toUpperCase().min(6).max(32) }).strict()

const variant = z
  .object({
    title: text("variants.title", 100),
    sku: z.string().trim().max(64).nullish(),
    price_fen: fen("price_fen"),
    stock,
  })
  .strict()

export const CreateListing = z
  .object({
    title: text("title", 200),
    subtitle: z.string().trim().max(200).nullish(),
    description: z.string().trim().max(10_000).nullish(),
    images: z
      .array(z.object({ url: z.string().url() }).strict())
      .max(20)
      .optional(),
    status: z.enum(["published", "draft"]).default("published"),
    county_code: divisionCode("county_code").optional(),
    variants: z.array(variant).min(1, "variants 至少要有一个规格").max(50),
  })
  .strict()

export const UpdateListing = z
  .object({
    title: text("title", 200),
    subtitle: z.string().trim().max(200).nullish(),
    description: z.string().trim().max(10_000).nullish(),
    images: z.array(z.object({ url: z.string().url() }).strict()).max(20),
    status: z.enum(["published", "draft"]),
    county_code: divisionCode("county_code"),
  })
  .partial()
  .strict()

export const UpdateVariant = z
  .object({ price_fen: fen("price_fen"), stock })
  .partial()
  .strict()
  .refine((v) => v.price_fen !== undefined || v.stock !== undefined, {
    path: ["price_fen"],
    message: "price_fen: 价格（price_fen）和库存（stock）至少改一项",
  })

/** A certificate application for one of the supplier's products; who applies and for which county come from the server. */
export const SupplierApplyCertificate = withValidWindow(
  CertificateApplicationFields.omit({
    supplier_name: true,
    supplier_uscc: true,
    county_code: true,
    product_ids: true,
  }).strict()
)

/** Files sent as base64 in JSON (at most 5 MB each): product images, invoices, certificate evidence. */
export const SupplierUpload = z
  .object({
    files: z
      .array(
        z
          .object({
            filename: text("filename", 200),
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
  shipped: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
})

export const ShipPart = z
  .object({
    carrier: z.enum(CARRIERS).or(text("carrier", 50)),
    tracking_number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, "tracking_number 应为6–40位字母或数字"),
  })
  .strict()

export const InvoicePart = z
  .object({
    invoice_number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{8,20}$/, "invoice_number 应为8–20位发票号码"),
    invoice_file: file.nullish(),
  })
  .strict()

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
