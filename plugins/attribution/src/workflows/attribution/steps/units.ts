import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rejectRows, type RowError } from "@zhunong/common/server/csv"
import { usccProblem } from "@zhunong/common/uscc"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import type { UnitType } from "@zhunong/common/purchase-rules"
import { attribution, type AttributionModuleService } from "../../../modules/attribution"

export interface UnitInput {
  name: string
  uscc: string
  type: UnitType
  jurisdiction_code: string
  /** The 主管单位 by id, or by its 信用代码 (an import may name a unit created in the same file). */
  parent_id?: string | null
  parent_uscc?: string | null
  address?: string | null
  email_domains?: string[]
  status?: "active" | "inactive"
}

/** One 400 listing every problem: `field: reason` for a form, `第N行 field：reason` for an import. */
function reject(errors: RowError[], from: "form" | "import"): never {
  if (from === "import") rejectRows(errors)
  throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.map((e) => `${e.field}: ${e.message}`).join("；"))
}

/**
 * Checks new units against what zod cannot see: the USCC check digit, a 信用代码 already taken
 * (in the database or twice in the batch), an unknown jurisdiction, a parent that does not exist.
 * Every problem of every row is reported; `line` numbers rows as a spreadsheet does.
 */
export const validateNewUnitsStep = createStep(
  "validate-new-units",
  async (input: { units: (UnitInput & { line: number })[]; from: "form" | "import" }, { container }) => {
    const errors: RowError[] = []
    const units = input.units
    const usccs = units.map((u) => u.uscc)
    const parentIds = units.map((u) => u.parent_id).filter((id): id is string => !!id)
    const parentUsccs = units.map((u) => u.parent_uscc).filter((c): c is string => !!c)
    const service = attribution(container)
    const [taken, parentsById, parentsByUscc, jurisdictions] = await Promise.all([
      service.listBuyingUnits({ uscc: usccs }, { select: ["uscc", "name"] }),
      parentIds.length ? service.listBuyingUnits({ id: parentIds }, { select: ["id"] }) : [],
      parentUsccs.length ? service.listBuyingUnits({ uscc: parentUsccs }, { select: ["uscc"] }) : [],
      knownJurisdictions(
        container,
        units.map((u) => u.jurisdiction_code)
      ),
    ])
    const takenBy = new Map(taken.map((u) => [u.uscc, u.name]))
    const seen = new Map<string, number>()
    for (const unit of units) {
      const problem = usccProblem(unit.uscc)
      if (problem) errors.push({ line: unit.line, field: "uscc", message: `统一社会信用代码无效：${problem}` })
      else if (takenBy.has(unit.uscc))
        errors.push({ line: unit.line, field: "uscc", message: `信用代码已被“${takenBy.get(unit.uscc)}”使用` })
      else if (seen.has(unit.uscc))
        errors.push({ line: unit.line, field: "uscc", message: `与第${seen.get(unit.uscc)}行的信用代码重复` })
      seen.set(unit.uscc, unit.line)
      if (!jurisdictions.has(unit.jurisdiction_code)) {
        errors.push({ line: unit.line, field: "jurisdiction_code", message: `未知的辖区 ${unit.jurisdiction_code}` })
      }
      if (unit.parent_id && !parentsById.some((p) => p.id === unit.parent_id)) {
        errors.push({ line: unit.line, field: "parent_id", message: `主管单位 ${unit.parent_id} 不存在` })
      }
      if (
        unit.parent_uscc &&
        !parentsByUscc.some((p) => p.uscc === unit.parent_uscc) &&
        !usccs.includes(unit.parent_uscc)
      ) {
        errors.push({
          line: unit.line,
          field: "parent_uscc",
          message: `主管单位 ${unit.parent_uscc} 既不在系统中，也不在本文件中`,
        })
      }
      if (unit.parent_uscc === unit.uscc)
        errors.push({ line: unit.line, field: "parent_uscc", message: "不能以本单位为主管单位" })
    }
    errors.push(...cyclesInBatch(units))
    if (errors.length) reject(errors, input.from)
    return new StepResponse(undefined)
  }
)

/** Units of one file that name each other as parents in a ring can never be created. */
function cyclesInBatch(units: (UnitInput & { line: number })[]): RowError[] {
  const parentOf = new Map(units.map((u) => [u.uscc, u.parent_uscc ?? null]))
  return units.flatMap((unit) => {
    const visited = new Set<string>()
    let current = unit.parent_uscc ?? null
    while (current && parentOf.has(current) && !visited.has(current)) {
      if (current === unit.uscc) return [{ line: unit.line, field: "parent_uscc", message: "主管单位关系形成了循环" }]
      visited.add(current)
      current = parentOf.get(current) ?? null
    }
    return []
  })
}

async function knownJurisdictions(container: Pick<MedusaContainer, "resolve">, codes: string[]): Promise<Set<string>> {
  const found = await container
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .listJurisdictions({ code: [...new Set(codes)] }, { select: ["code"] })
  return new Set(found.map((j) => j.code))
}

/** Creates the units; parents named by 信用代码 and email domains follow in their own steps. */
export const createUnitsStep = createStep(
  "create-units",
  async (input: { units: UnitInput[] }, { container }) => {
    const created = await attribution(container).createBuyingUnits(
      input.units.map(({ parent_uscc: _p, email_domains: _d, ...unit }) => ({
        ...unit,
        parent_id: unit.parent_id ?? null,
      }))
    )
    return new StepResponse(
      created,
      created.map((u) => u.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await attribution(container).deleteBuyingUnits(ids)
  }
)

/** Sets the 主管单位 of units whose parent was named by 信用代码, in the batch or already in the system. */
export const linkUnitParentsStep = createStep(
  "link-unit-parents",
  async (input: { units: UnitInput[]; created: { id: string; uscc: string }[] }, { container }) => {
    const withParent = input.units.filter((u) => u.parent_uscc)
    if (!withParent.length) return new StepResponse(undefined, [] as string[])
    const service = attribution(container)
    const idOf = new Map(input.created.map((u) => [u.uscc, u.id]))
    const outside = withParent.map((u) => u.parent_uscc!).filter((c) => !idOf.has(c))
    if (outside.length) {
      for (const parent of await service.listBuyingUnits({ uscc: outside }, { select: ["id", "uscc"] }))
        idOf.set(parent.uscc, parent.id)
    }
    const children = withParent.map((u) => idOf.get(u.uscc)!)
    await service.updateBuyingUnits(
      withParent.map((u) => ({ id: idOf.get(u.uscc)!, parent_id: idOf.get(u.parent_uscc!)! }))
    )
    return new StepResponse(undefined, children)
  },
  async (children, { container }) => {
    // the units were created without a parent a moment earlier
    if (children?.length)
      await attribution(container).updateBuyingUnits(children.map((id) => ({ id, parent_id: null })))
  }
)

/** Registers the units' email domains (joining by a work address). */
export const createUnitEmailDomainsStep = createStep(
  "create-unit-email-domains",
  async (input: { units: UnitInput[]; created: { id: string; uscc: string }[] }, { container }) => {
    const idOf = new Map(input.created.map((u) => [u.uscc, u.id]))
    const domains = input.units.flatMap((u) =>
      (u.email_domains ?? []).map((domain) => ({ domain, unit_id: idOf.get(u.uscc)! }))
    )
    if (!domains.length) return new StepResponse(undefined, [] as string[])
    const created = await attribution(container).createUnitEmailDomains(domains)
    return new StepResponse(
      undefined,
      created.map((d) => d.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await attribution(container).deleteUnitEmailDomains(ids)
  }
)

export interface UnitUpdate {
  id: string
  name?: string
  type?: UnitType
  jurisdiction_code?: string
  parent_id?: string | null
  address?: string | null
  email_domains?: string[]
  status?: "active" | "inactive"
}

/** Refuses an unknown jurisdiction, a missing parent and a parent that would close a cycle. */
export const validateUnitUpdateStep = createStep("validate-unit-update", async (input: UnitUpdate, { container }) => {
  const service = attribution(container)
  await service.retrieveBuyingUnit(input.id)
  const errors: RowError[] = []
  if (
    input.jurisdiction_code &&
    !(await knownJurisdictions(container, [input.jurisdiction_code])).has(input.jurisdiction_code)
  ) {
    errors.push({ line: 1, field: "jurisdiction_code", message: `未知的辖区 ${input.jurisdiction_code}` })
  }
  if (input.parent_id) {
    const chain = await service.unitChain(input.parent_id)
    if (!chain.length) errors.push({ line: 1, field: "parent_id", message: `主管单位 ${input.parent_id} 不存在` })
    else if (chain.some((u) => u.id === input.id)) {
      errors.push({
        line: 1,
        field: "parent_id",
        message: `主管单位关系形成了循环：${[...chain]
          .reverse()
          .map((u) => u.name)
          .join(" → ")}`,
      })
    }
  }
  if (errors.length) reject(errors, "form")
  return new StepResponse(undefined)
})

export const updateUnitStep = createStep(
  "update-unit",
  async ({ email_domains, ...update }: UnitUpdate, { container }) => {
    const service = attribution(container)
    const before = await service.retrieveBuyingUnit(update.id, { relations: ["email_domains"] })
    const unit = await service.updateBuyingUnits(update)
    if (email_domains) await replaceDomains(service, update.id, email_domains)
    return new StepResponse(unit, {
      previous: {
        id: before.id,
        name: before.name,
        type: before.type,
        jurisdiction_code: before.jurisdiction_code,
        parent_id: before.parent_id,
        address: before.address,
        status: before.status,
      },
      domains: email_domains ? before.email_domains.map((d) => d.domain) : null,
    })
  },
  async (saved, { container }) => {
    if (!saved) return
    const service = attribution(container)
    await service.updateBuyingUnits(saved.previous)
    if (saved.domains) await replaceDomains(service, saved.previous.id, saved.domains)
  }
)

async function replaceDomains(service: AttributionModuleService, unitId: string, domains: string[]) {
  const existing = await service.listUnitEmailDomains({ unit_id: unitId })
  const keep = new Set(domains)
  const gone = existing.filter((d) => !keep.has(d.domain)).map((d) => d.id)
  const added = domains.filter((d) => !existing.some((e) => e.domain === d))
  if (gone.length) await service.deleteUnitEmailDomains(gone)
  if (added.length) await service.createUnitEmailDomains(added.map((domain) => ({ domain, unit_id: unitId })))
}

export interface BasisInput {
  unit_id: string
  year: number
  canteen_total_fen?: number | null
  holiday_gift_total_fen?: number | null
  union_members?: number | null
  union_welfare_per_member_fen?: number
}

type BasisUndo = { delete: string } | { restore: Omit<BasisInput, "unit_id" | "year"> & { id: string } }

/** Sets what a unit declares for a year (one row per unit and year), restoring the old values on failure. */
export const upsertUnitBasisStep = createStep(
  "upsert-unit-basis",
  async (input: BasisInput, { container }) => {
    const service = attribution(container)
    await service.retrieveBuyingUnit(input.unit_id)
    const [existing] = await service.listUnitBases({ unit_id: input.unit_id, year: input.year })
    if (!existing) {
      const created = await service.createUnitBases(input)
      return new StepResponse(created, { delete: created.id } as BasisUndo)
    }
    const updated = await service.updateUnitBases({ id: existing.id, ...input })
    const restore = {
      id: existing.id,
      canteen_total_fen: existing.canteen_total_fen,
      holiday_gift_total_fen: existing.holiday_gift_total_fen,
      union_members: existing.union_members,
      union_welfare_per_member_fen: existing.union_welfare_per_member_fen,
    }
    return new StepResponse(updated, { restore } as BasisUndo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = attribution(container)
    if ("delete" in undo) await service.deleteUnitBases(undo.delete)
    else await service.updateUnitBases(undo.restore)
  }
)
