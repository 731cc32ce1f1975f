import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rejectRows, type RowError } from "@zhunong/common/server/csv"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export interface DivisionFlagRow {
  line: number
  code: string
  is_poverty_exit: boolean
  is_key_assistance: boolean
}

/**
 * Sets the 脱贫县 / 重点帮扶县 flags of the listed counties. Every row must name a known county;
 * otherwise nothing is written and every bad row is reported.
 */
export const updateDivisionFlagsStep = createStep(
  "update-division-flags",
  async (rows: DivisionFlagRow[], { container }) => {
    const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    const divisions = await provenance.listDivisions({ code: rows.map((r) => r.code) }, { take: null })
    const byCode = new Map(divisions.map((d) => [d.code, d]))
    const errors: RowError[] = []
    for (const row of rows) {
      const division = byCode.get(row.code)
      if (!division) errors.push({ line: row.line, field: "code", message: `未知的行政区划代码 ${row.code}` })
      else if (division.level !== "county")
        errors.push({ line: row.line, field: "code", message: `${row.code} ${division.name} 不是县级行政区` })
    }
    if (errors.length) rejectRows(errors)

    const previous = rows.map((r) => {
      const d = byCode.get(r.code)!
      return { id: d.id, is_poverty_exit: d.is_poverty_exit, is_key_assistance: d.is_key_assistance }
    })
    await provenance.updateDivisions(
      rows.map((r) => ({
        id: byCode.get(r.code)!.id,
        is_poverty_exit: r.is_poverty_exit,
        is_key_assistance: r.is_key_assistance,
      }))
    )
    return new StepResponse({ updated: rows.length }, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).updateDivisions(previous)
  }
)
