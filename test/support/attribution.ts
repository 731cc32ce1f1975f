import type { MedusaContainer } from "@medusajs/framework/types"
import { usccCheckCharacter } from "@zhunong/common/uscc"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"

/** 上海市 › 松江区 and 浙江省 › 宁波市 › 慈溪市, the buying side of the tests. */
export async function createEastJurisdictions(container: MedusaContainer) {
  await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).createJurisdictions([
    { code: "310000", name: "上海市" },
    { code: "310117", name: "松江区", parent_code: "310000" },
    { code: "330000", name: "浙江省" },
    { code: "330200", name: "宁波市", parent_code: "330000" },
    { code: "330282", name: "慈溪市", parent_code: "330200" },
  ])
}

/** A valid 统一社会信用代码 registered in `division`, numbered `n`. */
export function uscc(n: number, division = "310117", kind = "11"): string {
  const body = `${kind}${division}${String(n).padStart(9, "0")}`
  return body + usccCheckCharacter(body)
}

type Headers = { headers: Record<string, string> }
interface Api {
  post(url: string, body: unknown, config?: Headers): Promise<{ status: number; data: any }>
}

/** An operator registers a 慈溪 government unit numbered `n`; returns its id. */
export async function cixiUnit(api: Api, admin: Headers, n: number, name: string): Promise<string> {
  const { data } = await api.post(
    "/admin/units",
    { name, uscc: uscc(n, "330282"), type: "party_government", jurisdiction_code: "330282" },
    admin
  )
  return data.unit.id
}

/** An operator puts a registered customer into a unit with a role. */
export async function addMember(api: Api, admin: Headers, unitId: string, email: string, role: string) {
  await api.post(`/admin/units/${unitId}/members`, { email, role }, admin)
}
