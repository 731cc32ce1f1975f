import { z } from "zod"
import { CERTIFICATE_TYPES, ISSUER_LEVELS } from "./certificate-rules"
import { calendarDate, divisionCode, usccCode } from "./form-fields"
import { CARRIERS, ENTITY_TYPES, SUPPLIER_USER_ROLES } from "./supplier-rules"

/**
 * The supplier portal's forms, checked by the /supplier routes and by the portal before it calls
 * them, so both refuse the same input with the same words (`field: reason`). Plain `zod`: the
 * storefront cannot load `@medusajs/framework`. Ranges are refinements because Medusa rewrites
 * zod's own range errors into English.
 */
const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => v.length > 0, `${field}: 不能为空`)
    .refine((v) => v.length <= max, `${field}: 最多${max}个字`)
const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => v.length <= max, `${field}: 最多${max}个字`)
    .nullish()
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{7,20}$/, "contact_phone: 应为电话号码，如 13800001234 或 0834-1234567")
const wholeNumber = (field: string, unit: string, max: number) =>
  z
    .number(`${field}: 应为数字`)
    .refine(Number.isInteger, `${field}: 应为整数（${unit}）`)
    .refine((n) => n >= 0, `${field}: 不能为负数`)
    .refine((n) => n <= max, `${field}: 数额过大`)
const fen = (field: string) => wholeNumber(field, "分", 100_000_000_00)
const stock = wholeNumber("stock", "件", 10_000_000)
/** A file the supplier uploaded, as `POST /supplier/uploads` answered it. */
export const UploadedFile = z
  .object({ id: z.string().min(1), url: z.string().url(), name: z.string().max(200).optional() })
  .strict()

export const SupplierRegistration = z
  .object({
    name: text("name", 200),
    uscc: usccCode("uscc"),
    entity_type: z.enum(ENTITY_TYPES, "entity_type: 请选择主体类型"),
    county_code: divisionCode("county_code"),
    contact_name: text("contact_name", 50),
    contact_phone: phone,
    address: optionalText("address", 500),
    user_name: text("user_name", 50),
  })
  .strict()

export const UpdateSupplierProfile = z
  .object({ contact_name: text("contact_name", 50), contact_phone: phone, address: optionalText("address", 500) })
  .partial()
  .strict()

export const InviteSupplierUser = z
  .object({
    email: z.email("email: 邮箱格式不正确").transform((e) => e.toLowerCase()),
    name: text("name", 50),
    role: z.enum(SUPPLIER_USER_ROLES).default("staff"),
  })
  .strict()

export const ClaimSupplierUser = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => c.length >= 6 && c.length <= 32, "code: 邀请码应为6–32位"),
  })
  .strict()

const variant = z
  .object({
    title: text("variants.title", 100),
    sku: z.string().trim().max(64).nullish(),
    price_fen: fen("price_fen"),
    stock,
  })
  .strict()

const images = z.array(z.object({ url: z.string().url() }).strict()).max(20, "images: 最多20张图片")

export const CreateListing = z
  .object({
    title: text("title", 200),
    subtitle: optionalText("subtitle", 200),
    description: optionalText("description", 10_000),
    images: images.optional(),
    status: z.enum(["published", "draft"]).default("published"),
    county_code: divisionCode("county_code").optional(),
    variants: z
      .array(variant)
      .refine((v) => v.length >= 1, "variants: 至少要有一个规格")
      .refine((v) => v.length <= 50, "variants: 最多50个规格")
      .refine((v) => new Set(v.map((x) => x.title)).size === v.length, "variants: 规格名称不能重复"),
  })
  .strict()

export const UpdateListing = z
  .object({
    title: text("title", 200),
    subtitle: optionalText("subtitle", 200),
    description: optionalText("description", 10_000),
    images,
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

/** The fields of a certificate application; suppliers send them too, less what the server knows about them. */
export const CertificateApplicationFields = z
  .object({
    type: z.enum(CERTIFICATE_TYPES, "type: 请选择认定类型"),
    number: text("number", 64),
    batch: z.string().trim().max(64).nullish(),
    issuer: text("issuer", 200),
    issuer_level: z.enum(ISSUER_LEVELS, "issuer_level: 请选择认定机关级别"),
    supplier_name: text("supplier_name", 200),
    supplier_uscc: usccCode("supplier_uscc"),
    county_code: divisionCode("county_code"),
    poverty_mechanism: optionalText("poverty_mechanism", 2000),
    beneficiaries: z.number().int().min(0).nullish(),
    valid_from: calendarDate("valid_from"),
    valid_to: calendarDate("valid_to"),
    evidence: z.array(UploadedFile).max(20, "evidence: 最多20个文件").nullish(),
    product_ids: z.array(z.string()).max(200).optional(),
  })
  .strict()

/** Refuses a validity window that ends before it starts. */
export const withValidWindow = <S extends z.ZodType<{ valid_from: string; valid_to: string }>>(schema: S) =>
  schema.refine((c) => c.valid_to >= c.valid_from, {
    path: ["valid_to"],
    message: "valid_to: 有效期止不能早于有效期起",
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

export const ShipPart = z
  .object({
    carrier: z.enum(CARRIERS).or(text("carrier", 50)),
    tracking_number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, "tracking_number: 应为6–40位字母或数字"),
  })
  .strict()

export const InvoicePart = z
  .object({
    invoice_number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{8,20}$/, "invoice_number: 应为8–20位发票号码"),
    invoice_file: UploadedFile.nullish(),
  })
  .strict()
