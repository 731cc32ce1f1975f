import { parse } from "csv-parse/sync"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

export interface RowError {
  /** 1-based line in the file, header included, as a spreadsheet shows it. */
  line: number
  field: string
  message: string
}

export interface ParsedCsv<T> {
  rows: { line: number; value: T }[]
  errors: RowError[]
}

/**
 * Parses a CSV with a header row and validates every row with `schema`, collecting every bad row
 * rather than stopping at the first: an import is all-or-nothing and the person fixing the file
 * wants the whole list.
 */
export function parseCsv<S extends z.ZodType>(
  text: string,
  schema: S,
  requiredColumns: string[]
): ParsedCsv<z.output<S>> {
  let records: Record<string, string>[]
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { columns: true, skip_empty_lines: true, trim: true })
  } catch (error) {
    const e = error as { lines?: number; message: string }
    return { rows: [], errors: [{ line: e.lines ?? 1, field: "csv", message: `无法解析 CSV：${e.message}` }] }
  }
  const header = records.length ? Object.keys(records[0]) : []
  const missing = requiredColumns.filter((c) => !header.includes(c))
  if (records.length === 0) return { rows: [], errors: [{ line: 1, field: "csv", message: "文件没有数据行" }] }
  if (missing.length)
    return { rows: [], errors: [{ line: 1, field: "header", message: `缺少列：${missing.join(", ")}` }] }

  const result: ParsedCsv<z.output<S>> = { rows: [], errors: [] }
  records.forEach((record, index) => {
    const line = index + 2
    const parsed = schema.safeParse(record)
    if (parsed.success) result.rows.push({ line, value: parsed.data })
    else
      for (const issue of parsed.error.issues) {
        result.errors.push({ line, field: issue.path.join(".") || "row", message: issue.message })
      }
  })
  return result
}

/** Fails an import with every bad row listed (400), e.g. "第3行 division_code：…；第7行 valid_from：…". */
export function rejectRows(errors: RowError[]): never {
  const list = errors.map((e) => `第${e.line}行 ${e.field}：${e.message}`).join("；")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `导入未执行，共${errors.length}处错误：${list}`)
}
