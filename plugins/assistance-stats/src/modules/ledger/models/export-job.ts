import { model } from "@medusajs/framework/utils"

/**
 * A long export an office asked for: written in the background to a file, with its progress, and
 * downloadable by the same office account when done. The file lives on the server's disk.
 */
export const ExportJob = model
  .define("export_job", {
    id: model.id({ prefix: "expjob" }).primaryKey(),
    office_user_id: model.text(),
    /** The office's jurisdiction when it asked: the export reads this subtree. */
    jurisdiction_code: model.text(),
    office_name: model.text(),
    report: model.enum(["ledger", "monthly"]),
    format: model.enum(["csv", "xlsx"]),
    /** The report's range: { from, to } months for the 台账, { year } for the 月报. */
    params: model.json(),
    status: model.enum(["queued", "running", "done", "failed"]).default("queued"),
    total_rows: model.number().nullable(),
    written_rows: model.number().default(0),
    filename: model.text().nullable(),
    file_path: model.text().nullable(),
    error: model.text().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["office_user_id", "created_at"] }])
