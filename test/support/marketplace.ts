import type { MedusaContainer } from "@medusajs/framework/types"
import { usccCheckCharacter } from "@zhunong/common/uscc"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { publishCertificate } from "./provenance"

type Headers = { headers: Record<string, string> }
interface Api {
  post(url: string, body: unknown, config?: Headers): Promise<{ status: number; data: any }>
}

/** A valid 统一社会信用代码 of a cooperative (93) registered in `county`, numbered `n`. */
export function cooperativeUscc(n: number, county = "513429"): string {
  const body = `93${county}MA${String(n).padStart(7, "0")}`
  return body + usccCheckCharacter(body)
}

/** 美姑县, a second 脱贫县 of 凉山 that a 布拖 supplier may be allowed to source from. */
export async function createMeigu(container: MedusaContainer) {
  await container
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .createDivisions([
      { code: "513436", name: "美姑县", level: "county", parent_code: "513400", is_poverty_exit: true },
    ])
}

export const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })

/** A person creates a `supplier` login and registers their supplier with it, as the supplier portal does. */
export async function registerSupplier(api: Api, email: string, application: Record<string, unknown>) {
  const password = "supplier-password-1"
  const { data: registered } = await api.post("/auth/supplier/emailpass/register", { email, password })
  const { data } = await api.post(
    "/supplier/registration",
    { user_name: "负责人", ...application },
    bearer(registered.token)
  )
  const { data: login } = await api.post("/auth/supplier/emailpass", { email, password })
  return { supplier: bearer(login.token), supplierId: data.supplier.id as string }
}

/** The registration form of a cooperative in 布拖县, numbered `n` (its name and 信用代码 follow `n`). */
export const butuoCooperative = (n: number, name = n === 1 ? "布拖县乐安苦荞专业合作社" : `布拖县第${n}合作社`) => ({
  name,
  uscc: cooperativeUscc(n),
  entity_type: "cooperative",
  county_code: "513429",
  contact_name: "吉克",
  contact_phone: "0834-1234567",
})

/** A 布拖 cooperative registered by its owner and approved by an operator. */
export async function approvedSupplier(api: Api, admin: Headers, email: string, n = 1) {
  const registered = await registerSupplier(api, email, butuoCooperative(n))
  await api.post(`/admin/suppliers/${registered.supplierId}/transition`, { to: "approved" }, admin)
  return registered
}

/** The supplier lists a one-variant product (500g at 69.90 元, 100 in stock); a listing answers with its variants. */
export async function listProduct(api: Api, supplier: Headers, title: string) {
  const { data } = await api.post(
    "/supplier/products",
    { title, variants: [{ title: "500g", price_fen: 6_990, stock: 100 }] },
    supplier
  )
  return { productId: data.product.id as string, variantId: data.product.variants[0].id as string }
}

/** The supplier applies for a 帮扶产品认定 on its product and an operator takes it through review to 有效. */
export async function certifyProduct(api: Api, admin: Headers, supplier: Headers, productId: string) {
  const { data } = await api.post(
    `/supplier/products/${productId}/certificates`,
    {
      type: "assistance_product",
      number: "FP-513429-2026-001",
      issuer: "凉山州农业农村局",
      issuer_level: "prefecture",
      valid_from: "2024-01-01",
      valid_to: "2099-12-31",
    },
    supplier
  )
  await publishCertificate(api, admin, data.certificate.id)
  return { id: data.certificate.id as string, number: data.certificate.number as string }
}

/** A 帮扶产品认定 of a 布拖 cooperative, valid from 2024 on, written straight to the module (for benchmarks' bulk data). */
export async function validButuoCertificate(container: MedusaContainer) {
  return container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).createCertificates({
    type: "assistance_product",
    number: "FP-513429-2026-001",
    issuer: "凉山州农业农村局",
    issuer_level: "prefecture",
    supplier_name: "布拖县乐安苦荞专业合作社",
    supplier_uscc: cooperativeUscc(1),
    county_code: "513429",
    valid_from: "2024-01-01",
    valid_to: "2099-12-31",
    status: "valid",
  })
}
