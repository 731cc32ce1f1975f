import type { MedusaResponse } from "@medusajs/framework/http"
import ExcelJS from "exceljs"
import { csvLine } from "../../../lib/ledger-csv"

/**
 * Streams a table as a download: CSV (UTF-8 with BOM, so spreadsheets read the Chinese) or XLSX
 * (exceljs' streaming writer). Rows arrive a page at a time and are never all in memory. Columns in
 * `amounts` hold yuan text ("69.90"): exact in the CSV, numbers with two decimals in the XLSX so
 * the spreadsheet's totals add up.
 */
export async function sendTable(
  res: MedusaResponse,
  table: { format: "csv" | "xlsx"; filename: string; sheet: string; headers: string[]; amounts: number[]; pages: AsyncIterable<unknown[][]> }
) {
  res.setHeader("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(`${table.filename}.${table.format}`)}`)
  if (table.format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.write(`\uFEFF${csvLine(table.headers)}`)
    for await (const rows of table.pages) for (const row of rows) res.write(csvLine(row))
    res.end()
    return
  }
  res.setHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: true })
  const sheet = workbook.addWorksheet(table.sheet)
  for (const column of table.amounts) sheet.getColumn(column + 1).numFmt = "0.00"
  sheet.addRow(table.headers).commit()
  for await (const rows of table.pages) {
    for (const row of rows) sheet.addRow(row.map((v, i) => (table.amounts.includes(i) ? Number(v) : v))).commit()
  }
  await workbook.commit()
}
