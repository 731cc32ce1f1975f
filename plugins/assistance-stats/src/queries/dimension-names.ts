import type { MedusaContainer } from "@medusajs/framework/types"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import type { Dimension } from "../lib/dimensions"

type Container = Pick<MedusaContainer, "resolve">

/** The names of these division codes, read at once; a code without a name shows as itself. */
export async function divisionNames(container: Container, codes: (string | null)[]) {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))]
  const divisions = wanted.length
    ? await container
        .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
        .listDivisions({ code: wanted }, { select: ["code", "name"] })
    : []
  const names = new Map(divisions.map((d) => [d.code, d.name]))
  return (code: unknown) => (code ? (names.get(code as string) ?? String(code)) : "")
}

const PLACES: Dimension[] = ["province", "prefecture", "county", "jurisdiction"]

/**
 * The names of the places and units statistics rows are grouped by (codes and ids → names), read
 * in one query each, so a chart or table labels its bars without asking again per row.
 */
export async function dimensionNames(
  container: Container,
  groupBy: Dimension[],
  rows: Record<string, unknown>[]
): Promise<Record<string, string>> {
  const values = (dims: Dimension[]) =>
    rows.flatMap((r) => dims.map((d) => r[d])).filter((v): v is string => typeof v === "string" && v !== "")
  const places = values(groupBy.filter((d) => PLACES.includes(d)))
  const units = [...new Set(values(groupBy.filter((d) => d === "unit" || d === "parent_unit")))]
  const [name, buyingUnits] = await Promise.all([
    divisionNames(container, places),
    units.length
      ? container
          .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
          .listBuyingUnits({ id: units }, { select: ["id", "name"] })
      : Promise.resolve([]),
  ])
  return {
    ...Object.fromEntries(places.map((code) => [code, name(code)])),
    ...Object.fromEntries(buyingUnits.map((u) => [u.id, u.name])),
  }
}
