import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rejectRows, type RowError } from "@zhunong/common/server/csv"
import { prefectureOf, provinceOf } from "@zhunong/common/divisions"
import type { PairingType } from "../../../lib/pairing-types"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export interface PairingRow {
  line: number
  jurisdiction_code: string
  jurisdiction_name: string
  division_code: string
  level: "province" | "prefecture" | "county"
  pairing_type: PairingType
  label: string
  valid_from: string
  valid_to: string | null
  source: string | null
}

const service = (container: { resolve<T>(key: string): T }) =>
  container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)

/** Every row must name a known division of the level it states; all bad rows are reported at once. */
export const validatePairingRowsStep = createStep(
  "validate-pairing-rows",
  async (rows: PairingRow[], { container }) => {
    const divisions = await service(container).listDivisions({ code: rows.map((r) => r.division_code) }, { take: null })
    const byCode = new Map(divisions.map((d) => [d.code, d]))
    const errors: RowError[] = []
    const seen = new Map<string, number>()
    for (const row of rows) {
      const division = byCode.get(row.division_code)
      if (!division)
        errors.push({ line: row.line, field: "division_code", message: `未知的行政区划代码 ${row.division_code}` })
      else if (division.level !== row.level)
        errors.push({
          line: row.line,
          field: "level",
          message: `${row.division_code} ${division.name} 是 ${division.level}，不是 ${row.level}`,
        })
      const key = `${row.jurisdiction_code}|${row.division_code}|${row.valid_from}`
      if (seen.has(key)) errors.push({ line: row.line, field: "division_code", message: `与第${seen.get(key)}行重复` })
      else seen.set(key, row.line)
    }
    if (errors.length) rejectRows(errors)
    return new StepResponse(undefined)
  }
)

/**
 * Creates the jurisdictions the rows name and do not exist yet. Each hangs under its nearest
 * existing ancestor by code (松江区 310117 → 上海市 310000, 慈溪市 330282 → 宁波市 330200).
 */
export const createMissingJurisdictionsStep = createStep(
  "create-missing-jurisdictions",
  async (rows: PairingRow[], { container }) => {
    const provenance = service(container)
    const existing = new Set(
      (await provenance.listJurisdictions({}, { select: ["code"], take: null })).map((j) => j.code)
    )
    const named = new Map(rows.map((r) => [r.jurisdiction_code, r.jurisdiction_name]))
    const known = new Set([...existing, ...named.keys()])
    const parentOf = (code: string) =>
      [prefectureOf(code), provinceOf(code)].find((candidate) => candidate !== code && known.has(candidate)) ?? null
    const missing = [...named].filter(([code]) => !existing.has(code))
    const created = missing.length
      ? await provenance.createJurisdictions(
          missing.map(([code, name]) => ({ code, name, parent_code: parentOf(code) }))
        )
      : []
    return new StepResponse(
      created.length,
      created.map((j) => j.id)
    )
  },
  async (createdIds, { container }) => {
    if (createdIds?.length) await service(container).deleteJurisdictions(createdIds)
  }
)

/** Creates new pairings and updates those already known by (jurisdiction, division, valid_from). */
export const upsertPairingsStep = createStep(
  "upsert-pairings",
  async (rows: PairingRow[], { container }) => {
    const provenance = service(container)
    const existing = await provenance.listPairings(
      { jurisdiction_code: rows.map((r) => r.jurisdiction_code), division_code: rows.map((r) => r.division_code) },
      { take: null }
    )
    const byKey = new Map(existing.map((p) => [`${p.jurisdiction_code}|${p.division_code}|${p.valid_from}`, p]))
    const fields = (r: PairingRow) => ({
      pairing_type: r.pairing_type,
      label: r.label,
      valid_to: r.valid_to,
      source: r.source,
    })
    const updates = rows.flatMap((r) => {
      const found = byKey.get(`${r.jurisdiction_code}|${r.division_code}|${r.valid_from}`)
      return found ? [{ id: found.id, ...fields(r) }] : []
    })
    const creates = rows
      .filter((r) => !byKey.has(`${r.jurisdiction_code}|${r.division_code}|${r.valid_from}`))
      .map((r) => ({
        jurisdiction_code: r.jurisdiction_code,
        division_code: r.division_code,
        valid_from: r.valid_from,
        ...fields(r),
      }))
    const previous = existing
      .filter((p) => updates.some((u) => u.id === p.id))
      .map((p) => ({ id: p.id, pairing_type: p.pairing_type, label: p.label, valid_to: p.valid_to, source: p.source }))
    const created = creates.length ? await provenance.createPairings(creates) : []
    if (updates.length) await provenance.updatePairings(updates)
    return new StepResponse(
      { created: created.length, updated: updates.length },
      { createdIds: created.map((p) => p.id), previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const provenance = service(container)
    if (undo.createdIds.length) await provenance.deletePairings(undo.createdIds)
    if (undo.previous.length) await provenance.updatePairings(undo.previous)
  }
)
