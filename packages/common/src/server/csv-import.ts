import type { MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { parseCsv, type RowError } from "./csv"

/**
 * Parses an uploaded CSV with the row schema; on any bad row answers 400 with every error
 * (`errors: [{ line, field, message }]`) and returns null, so the caller writes nothing.
 */
export function parseCsvOr400<S extends z.ZodType>(res: MedusaResponse, csv: string, schema: S, columns: string[]) {
  const parsed = parseCsv(csv, schema, columns)
  if (parsed.errors.length === 0)
    return parsed.rows.map((r) => ({ line: r.line, ...(r.value as object) }) as { line: number } & z.output<S>)
  res.status(400).json({
    type: "invalid_data",
    message: `导入未执行，共${parsed.errors.length}处错误：${parsed.errors.map(describe).join("；")}`,
    errors: parsed.errors,
  })
  return null
}

const describe = (e: RowError) => `第${e.line}行 ${e.field}：${e.message}`

/** CSV uploads come as text in JSON, `{ csv: "..." }`, at most 5 MB. */
export const AdminCsvImport = z.object({ csv: z.string().min(1, "csv must not be empty").max(5_000_000) })
