import type { MedusaContainer } from "@medusajs/framework/types"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"

/** 四川省 › 凉山州 with two of its counties; 布拖县 flagged 脱贫县. */
export async function createLiangshanDivisions(container: MedusaContainer) {
  await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).createDivisions([
    { code: "510000", name: "四川省", level: "province" },
    { code: "513400", name: "凉山彝族自治州", level: "prefecture", parent_code: "510000" },
    { code: "513429", name: "布拖县", level: "county", parent_code: "513400", is_poverty_exit: true },
    { code: "513431", name: "昭觉县", level: "county", parent_code: "513400" },
  ])
}

type Headers = { headers: Record<string, string> }
interface Api {
  post(url: string, body: unknown, config?: Headers): Promise<{ status: number; data: any }>
}

/** An operator takes an applied certificate through review and a week's 公示 (in 2024) to 有效. */
export async function publishCertificate(api: Api, admin: Headers, id: string) {
  for (const step of [
    { to: "under_review" },
    { to: "publicity", publicity_from: "2024-01-01", publicity_to: "2024-01-07" },
    { to: "valid" },
  ]) {
    await api.post(`/admin/certificates/${id}/transition`, step, admin)
  }
}
