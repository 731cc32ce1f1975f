import ExcelJS from "exceljs"
import { once } from "node:events"
import type { Writable } from "node:stream"
import { csvLine } from "@zhunong/common/csv-line"

export type TableFormat = "csv" | "xlsx"

export interface Table {
  sheet: string
  headers: string[]
  /** Columns holding yuan text ("69.90"): exact in the CSV, numbers with two decimals in the XLSX so the spreadsheet's totals add up. */
  amounts: number[]
  /** Produces the rows a page at a time, waiting for each `emit` before reading more. */
  produce: (emit: (rows: unknown[][]) => Promise<void>) => Promise<void>
  /** For tables Postgres can write as CSV itself: writes the rows' lines to `out`, telling how many are written as it goes. */
  copyCsv?: (out: Writable, onRows: (written: number) => Promise<void>) => Promise<void>
}

export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

/**
 * Writes a table to a stream a page at a time, never holding all rows, and waiting whenever the
 * reader is slower than the database: CSV is UTF-8 with a BOM so spreadsheets read the Chinese,
 * written by Postgres' COPY where the table offers it;
 * XLSX comes from exceljs' streaming writer. `onPage` hears how many rows are written so far.
 */
export async function writeTable(
  out: Writable,
  format: TableFormat,
  table: Table,
  onPage?: (written: number) => Promise<void>
) {
  let written = 0
  if (format === "csv") {
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, "drain")
    }
    await write(`\uFEFF${csvLine(table.headers)}`)
    if (table.copyCsv) {
      await table.copyCsv(out, async (rows) => onPage?.(rows))
    } else {
      await table.produce(async (rows) => {
        await write(rows.map(csvLine).join(""))
        written += rows.length
        await onPage?.(written)
      })
    }
    out.end()
    return
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true })
  const sheet = workbook.addWorksheet(table.sheet)
  for (const column of table.amounts) sheet.getColumn(column + 1).numFmt = "0.00"
  sheet.addRow(table.headers).commit()
  await table.produce(async (rows) => {
    for (const row of rows) sheet.addRow(row.map((v, i) => (table.amounts.includes(i) ? Number(v) : v))).commit()
    written += rows.length
    await onPage?.(written)
  })
  await workbook.commit()
}
