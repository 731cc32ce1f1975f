import type { MedusaContainer } from "@medusajs/framework/types"
import { usccCheckCharacter } from "@zhunong/provenance/lib/uscc"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"

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
    .createDivisions([{ code: "513436", name: "美姑县", level: "county", parent_code: "513400", is_poverty_exit: true }])
}

export const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })

/** A person creates a `supplier` login and registers their supplier with it, as the supplier portal does. */
export async function registerSupplier(api: Api, email: string, application: Record<string, unknown>) {
  const password = "supplier-password-1"
  const { data: registered } = await api.post("/auth/supplier/emailpass/register", { email, password })
  const { data } = await api.post("/supplier/registration", { user_name: "负责人", ...application }, bearer(registered.token))
  const { data: login } = await api.post("/auth/supplier/emailpass", { email, password })
  return { supplier: bearer(login.token), supplierId: data.supplier.id as string }
}
