import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { DivisionFlagCsvRow, PairingCsvRow } from "@zhunong/provenance/validators/admin"
import { runCertificateExpiry } from "@zhunong/provenance/jobs/certificate-expiry"
import { parseCsv } from "@zhunong/common/server/csv"
import { addDays, shanghaiDate } from "@zhunong/common/dates"
import { usccCheckCharacter } from "@zhunong/common/uscc"
import { applyCertificateWorkflow } from "@zhunong/provenance/workflows"
import { importDivisionFlagsWorkflow } from "@zhunong/provenance/workflows"
import { importPairingsWorkflow } from "@zhunong/provenance/workflows"
import { loadDivisionsWorkflow } from "@zhunong/provenance/workflows"
import { setProductOriginWorkflow } from "@zhunong/provenance/workflows"
import { transitionCertificateWorkflow } from "@zhunong/provenance/workflows"
import { DEMO_PRODUCTS } from "./demo-catalog"

const DATA = join(__dirname, "../data")
const SEED_ACTOR = { type: "system" as const, id: null }

type Status = "applied" | "under_review" | "publicity" | "valid" | "rejected" | "suspended" | "revoked" | "expired"
interface DemoCertificate {
  type: "assistance_product" | "baixian_baipin" | "geographical_indication" | "green_food" | "organic" | "platform_832"
  number: string
  product?: string
  county_code: string
  supplier: string
  status: Status
  valid_from?: string
  valid_to?: string
  reason?: string
}

/** A synthetic but well-formed 统一社会信用代码 of a 农民专业合作社 (93) registered in `county`. */
export function demoUscc(county: string, serial: number): string {
  const first17 = `93${county}MA${String(serial).padStart(7, "0")}`
  return first17 + usccCheckCharacter(first17)
}

export const CERTIFICATES: DemoCertificate[] = [
  {
    type: "assistance_product",
    number: "FP-513429-2024-001",
    product: "butuo-tartary-buckwheat-tea",
    county_code: "513429",
    supplier: "布拖县乐安苦荞专业合作社",
    status: "valid",
  },
  {
    type: "assistance_product",
    number: "FP-532822-2024-017",
    product: "menghai-puer-tea",
    county_code: "532822",
    supplier: "勐海县勐宋茶叶专业合作社",
    status: "valid",
  },
  {
    type: "assistance_product",
    number: "FP-530602-2024-032",
    product: "zhaotong-apple",
    county_code: "530602",
    supplier: "昭阳区洒渔苹果专业合作社",
    status: "valid",
  },
  {
    type: "assistance_product",
    number: "FP-520623-2024-008",
    product: "shiqian-moss-tea",
    county_code: "520623",
    supplier: "石阡县龙塘苔茶专业合作社",
    status: "valid",
  },
  {
    type: "assistance_product",
    number: "FP-520323-2024-011",
    product: "suiyang-chili",
    county_code: "520323",
    supplier: "绥阳县辣椒产业专业合作社",
    status: "valid",
  },
  {
    type: "assistance_product",
    number: "FP-513423-2024-005",
    product: "yanyuan-rice",
    county_code: "513423",
    supplier: "盐源县高原稻米专业合作社",
    status: "valid",
  },
  {
    type: "geographical_indication",
    number: "AGI01412",
    product: "shiqian-moss-tea",
    county_code: "520623",
    supplier: "石阡县龙塘苔茶专业合作社",
    status: "valid",
  },
  {
    type: "geographical_indication",
    number: "AGI02271",
    product: "suiyang-chili",
    county_code: "520323",
    supplier: "绥阳县辣椒产业专业合作社",
    status: "valid",
  },
  {
    type: "platform_832",
    number: "832-513423-0091",
    product: "yanyuan-rice",
    county_code: "513423",
    supplier: "盐源县高原稻米专业合作社",
    status: "valid",
  },
  {
    type: "platform_832",
    number: "832-530602-0140",
    product: "zhaotong-apple",
    county_code: "530602",
    supplier: "昭阳区洒渔苹果专业合作社",
    status: "valid",
  },
  {
    type: "baixian_baipin",
    number: "BXBP-2023-066",
    product: "menghai-puer-tea",
    county_code: "532822",
    supplier: "勐海县勐宋茶叶专业合作社",
    status: "suspended",
    reason: "第三方抽检结果待复核",
  },
  {
    type: "green_food",
    number: "LB-53-2301-0457",
    product: "zhaotong-apple",
    county_code: "530602",
    supplier: "昭阳区洒渔苹果专业合作社",
    status: "revoked",
    reason: "农药残留抽检不合格",
  },
  {
    type: "organic",
    number: "OC-513429-2021-02",
    product: "butuo-tartary-buckwheat-tea",
    county_code: "513429",
    supplier: "布拖县乐安苦荞专业合作社",
    status: "expired",
    valid_from: "2021-01-01",
    valid_to: "2023-12-31",
  },
  {
    type: "assistance_product",
    number: "FP-513401-2024-020",
    county_code: "513401",
    supplier: "西昌市安宁河蔬菜专业合作社",
    status: "rejected",
    reason: "西昌市不在本批认定范围，带贫机制材料不全",
  },
  {
    type: "assistance_product",
    number: "FP-513431-2025-003",
    county_code: "513431",
    supplier: "昭觉县谷曲马铃薯专业合作社",
    status: "applied",
  },
  {
    type: "assistance_product",
    number: "FP-513436-2025-001",
    county_code: "513436",
    supplier: "美姑县农作乡养殖专业合作社",
    status: "applied",
  },
  {
    type: "assistance_product",
    number: "FP-530627-2025-014",
    county_code: "530627",
    supplier: "镇雄县天麻种植专业合作社",
    status: "under_review",
  },
  {
    type: "baixian_baipin",
    number: "BXBP-2025-012",
    county_code: "540223",
    supplier: "定日县岗嘎青稞专业合作社",
    status: "under_review",
  },
  {
    type: "assistance_product",
    number: "FP-520628-2025-022",
    county_code: "520628",
    supplier: "松桃县苗绣蜂蜜专业合作社",
    status: "publicity",
  },
  {
    type: "assistance_product",
    number: "FP-513432-2025-007",
    county_code: "513432",
    supplier: "喜德县索玛花种养专业合作社",
    status: "publicity",
  },
]

/** How each demo status is reached from `applied`, as an office would click through it. */
export const PATHS: Record<Status, Status[]> = {
  applied: [],
  under_review: ["under_review"],
  publicity: ["under_review", "publicity"],
  valid: ["under_review", "publicity", "valid"],
  rejected: ["under_review", "rejected"],
  suspended: ["under_review", "publicity", "valid", "suspended"],
  revoked: ["under_review", "publicity", "valid", "revoked"],
  expired: ["under_review", "publicity"], // its window ended: the expiry job expires it
}

/** The 信用代码 the demo certificates give their applicant, so the same supplier registers with it. */
export function certificateSupplierUscc(name: string): string {
  const names = [...new Set(CERTIFICATES.map((c) => c.supplier))]
  const certificate = CERTIFICATES.find((c) => c.supplier === name)!
  return demoUscc(certificate.county_code, names.indexOf(name) + 1)
}

function csvRows<T>(file: string, schema: Parameters<typeof parseCsv>[1], columns: string[]): ({ line: number } & T)[] {
  const { rows, errors } = parseCsv(readFileSync(join(DATA, file), "utf8"), schema, columns)
  if (errors.length) throw new Error(`${file}: ${JSON.stringify(errors)}`)
  return rows.map((r) => ({ line: r.line, ...(r.value as T) }))
}

/**
 * Provenance demo data through the same workflows the admin routes run: every division, the
 * pairings of the policy documents, demo 脱贫县 flags, each product's origin county and twenty
 * certificates in every lifecycle state.
 */
export async function seedProvenance(container: MedusaContainer, productIds: Map<string, string>) {
  await loadDivisionsWorkflow(container).run()
  await importPairingsWorkflow(container).run({
    input: {
      rows: csvRows("pairings.csv", PairingCsvRow, [
        "jurisdiction_code",
        "jurisdiction_name",
        "division_code",
        "level",
        "pairing_type",
        "valid_from",
      ]),
    },
  })
  await importDivisionFlagsWorkflow(container).run({
    input: { rows: csvRows("county-flags.csv", DivisionFlagCsvRow, ["code", "is_poverty_exit", "is_key_assistance"]) },
  })
  for (const product of DEMO_PRODUCTS) {
    await setProductOriginWorkflow(container).run({
      input: { product_id: productIds.get(product.handle)!, county_code: product.county_code },
    })
  }

  const today = shanghaiDate(new Date())
  for (const demo of CERTIFICATES) {
    const { result: certificate } = await applyCertificateWorkflow(container).run({
      input: {
        application: {
          type: demo.type,
          number: demo.number,
          batch: demo.type === "assistance_product" ? `${demo.number.split("-")[2]}年第一批` : null,
          issuer: demo.type === "geographical_indication" ? "农业农村部" : "州（市）农业农村局",
          issuer_level: demo.type === "geographical_indication" ? "national" : "prefecture",
          supplier_name: demo.supplier,
          supplier_uscc: certificateSupplierUscc(demo.supplier),
          county_code: demo.county_code,
          poverty_mechanism: "合作社+农户：保底价收购、务工就业、年底分红",
          beneficiaries: 40 + ((demo.number.length * 13) % 200),
          valid_from: demo.valid_from ?? "2024-01-01",
          valid_to: demo.valid_to ?? "2027-12-31",
          product_ids: demo.product ? [productIds.get(demo.product)!] : [],
        },
        actor: SEED_ACTOR,
      },
    })
    for (const to of PATHS[demo.status]) {
      await transitionCertificateWorkflow(container).run({
        input: {
          id: certificate.id,
          to,
          reason: ["rejected", "suspended", "revoked"].includes(to) ? demo.reason : null,
          publicity_from: addDays(today, -3),
          publicity_to: addDays(today, 4),
          actor: SEED_ACTOR,
        },
      })
    }
  }
  await runCertificateExpiry(container, today)
}
