import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_TYPES } from "@zhunong/common/certificate-rules"
import { divisionCode } from "@zhunong/common/form-fields"

/** The provenance filters GET /store/products accepts on top of Medusa's own. */
export const StoreProductProvenanceFilters = z.object({
  province_code: divisionCode("province_code").optional(),
  prefecture_code: divisionCode("prefecture_code").optional(),
  county_code: divisionCode("county_code").optional(),
  certificate_type: z.enum(CERTIFICATE_TYPES).optional(),
  certified: z.enum(["true"]).optional(),
  paired_with: z
    .string()
    .regex(/^\d{6}(\d{3})?$/, "paired_with: 应为6位或9位辖区代码")
    .optional(),
  poverty_exit: z.enum(["true"]).optional(),
})
export type StoreProductProvenanceFiltersType = z.infer<typeof StoreProductProvenanceFilters>

/** The certificate number in GET /store/certificates/:number. */
export const StoreCertificateNumber = z.string().trim().min(1, "number: 不能为空").max(64, "number: 最多64个字符")

/** The county code in GET /store/origin-counties/:code. */
export const StoreCountyCode = divisionCode("code")
