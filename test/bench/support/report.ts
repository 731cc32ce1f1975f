import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { ROOT } from "../../../scripts/lib/build"

/** Where each suite leaves its figures for test/bench/report.ts, which writes docs/benchmarks.md. */
export const RESULTS = join(ROOT, "test/artifacts/bench")

export interface BenchTable {
  caption?: string
  columns: string[]
  rows: (string | number)[][]
}

export interface BenchResult {
  /** The file's name without .bench.spec.ts: the section's place and anchor. */
  suite: string
  title: string
  /** What is measured, how, and the baseline it is compared with in the same run. */
  method: string
  tables: BenchTable[]
  /** What the figures say, written from them (goals met or not). */
  findings: string[]
}

export function markdownTable(table: BenchTable): string {
  const cell = (value: string | number) => String(value).replace(/\|/g, "\\|")
  return [
    ...(table.caption ? [`${table.caption}`, ""] : []),
    `| ${table.columns.map(cell).join(" | ")} |`,
    `|${table.columns.map(() => "---").join("|")}|`,
    ...table.rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n")
}

/** Prints the suite's tables and keeps them for the report. */
export function recordBench(result: BenchResult) {
  mkdirSync(RESULTS, { recursive: true })
  writeFileSync(
    join(RESULTS, `${result.suite}.json`),
    `${JSON.stringify({ ...result, at: new Date().toISOString() }, null, 2)}\n`
  )
  console.log(["", `## ${result.title}`, ...result.tables.map(markdownTable), ...result.findings, ""].join("\n\n"))
}

/** A number with `digits` decimals, for tables. */
export const fixed = (value: number, digits = 1) => value.toFixed(digits)
