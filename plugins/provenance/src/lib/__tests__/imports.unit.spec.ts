import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { PairingCsvRow } from "../../api/admin/validators"
import { parseCsv } from "@zhunong/common/server/csv"
import { pairingTypeOf } from "../pairing-types"

const COLUMNS = ["jurisdiction_code", "jurisdiction_name", "division_code", "level", "pairing_type", "valid_from"]

describe("pairings CSV", () => {
  it("parses every row of the demo pairings (shared/reference/pairings.csv)", () => {
    const csv = readFileSync(join(__dirname, "../../../../../seed/data/pairings.csv"), "utf8")
    const { rows, errors } = parseCsv(csv, PairingCsvRow, COLUMNS)
    expect(errors).toEqual([])
    expect(rows.length).toBe(40)
    expect(rows.find((r) => r.value.division_code === "653100")?.value).toMatchObject({
      pairing_type: "counterpart",
      label: "对口支援(援疆)",
      valid_to: null,
    })
  })

  it("reports every bad row with its line and field", () => {
    const csv = [
      "jurisdiction_code,jurisdiction_name,division_code,division_name,level,pairing_type,valid_from,source",
      "310117,松江区,540223,定日县,county,对口支援(援藏),2021-01-01,x",
      "31011,松江区,540223,定日县,county,对口支援(援藏),2021-01-01,x",
      "310117,松江区,54022X,定日县,county,友好往来,2021-02-30,x",
    ].join("\n")
    const { rows, errors } = parseCsv(csv, PairingCsvRow, COLUMNS)
    expect(rows).toHaveLength(1)
    expect(errors).toEqual([
      { line: 3, field: "jurisdiction_code", message: "应为6位或9位区划代码" },
      { line: 4, field: "division_code", message: "division_code: 应为6位 GB/T 2260 行政区划代码" },
      { line: 4, field: "valid_from", message: "valid_from: 应为日期 YYYY-MM-DD" },
      {
        line: 4,
        field: "pairing_type",
        message: "未知的协作类型“友好往来”（东西部协作、对口支援、山海协作、区内帮扶、其他）",
      },
    ])
  })

  it("names missing columns", () => {
    const { errors } = parseCsv("jurisdiction_code,division_code\n310117,540223", PairingCsvRow, COLUMNS)
    expect(errors).toEqual([
      { line: 1, field: "header", message: "缺少列：jurisdiction_name, level, pairing_type, valid_from" },
    ])
  })

  it("maps the documents' wording to pairing types", () => {
    expect(pairingTypeOf("东西部协作(援滇)")).toBe("east_west")
    expect(pairingTypeOf("携手奔小康")).toBe("east_west")
    expect(pairingTypeOf("山海协作")).toBe("mountain_sea")
    expect(pairingTypeOf("友好往来")).toBeNull()
  })
})
