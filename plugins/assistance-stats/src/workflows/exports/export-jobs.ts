import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { once } from "node:events"
import { createWriteStream } from "node:fs"
import { mkdir } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { writeTable, type TableFormat } from "../../utils/write-table"
import { LEDGER_MODULE, type LedgerModuleService } from "../../modules/ledger"
import { ledgerReport, monthlyReport } from "../../queries/reports"

type Container = Pick<MedusaContainer, "resolve">

export const EXPORT_REQUESTED = "export_job.requested"

export interface ExportRequest {
  office_user_id: string
  office_name: string
  jurisdiction_code: string
  report: "ledger" | "monthly"
  format: TableFormat
  params: { from?: string; to?: string; year?: number }
}

const createExportJobStep = createStep(
  "create-export-job",
  async (input: ExportRequest, { container }) => {
    const job = await container.resolve<LedgerModuleService>(LEDGER_MODULE).createExportJobs(input)
    return new StepResponse(job, job.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteExportJobs(id)
  }
)

/** Queues an export; the `export_job.requested` subscriber writes it in the background. */
export const requestExportWorkflow = createWorkflow("request-export", (input: ExportRequest) => {
  const job = createExportJobStep(input)
  emitEventStep({ eventName: EXPORT_REQUESTED, data: { id: job.id } })
  return new WorkflowResponse(job)
})

/** Where finished exports wait for their download: the server's temporary folder, never a public one. */
export const EXPORT_DIR = join(tmpdir(), "zhunong-exports")

/**
 * Writes a queued export to its file, recording progress after every page. Runs once: a job that
 * is not queued any more (already running elsewhere, done or failed) is left alone.
 */
export async function runExportJob(container: Container, id: string) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [job] = await ledger.listExportJobs({ id, status: "queued" })
  if (!job) return
  const params = job.params as ExportRequest["params"]
  try {
    const subtree = await container
      .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
      .jurisdictionSubtree(job.jurisdiction_code)
    const office = { office_name: job.office_name, subtree }
    const report =
      job.report === "ledger"
        ? ledgerReport(container, office, params.from, params.to)
        : monthlyReport(container, office, params.year!)
    const filePath = join(EXPORT_DIR, `${job.id}.${job.format}`)
    await ledger.updateExportJobs({
      id,
      status: "running",
      total_rows: await report.rows(),
      filename: `${report.filename}.${job.format}`,
      file_path: filePath,
    })
    await mkdir(EXPORT_DIR, { recursive: true })
    const file = createWriteStream(filePath)
    const closed = once(file, "close")
    try {
      await writeTable(file, job.format, report, async (written) => {
        await ledger.updateExportJobs({ id, written_rows: written })
      })
    } catch (e) {
      // a failed export leaves no half-written file open
      file.destroy()
      await closed.catch(() => undefined)
      throw e
    }
    await closed
    await ledger.updateExportJobs({ id, status: "done", finished_at: new Date() })
  } catch (e) {
    await ledger.updateExportJobs({
      id,
      status: "failed",
      error: `导出失败：${(e as Error).message}`,
      finished_at: new Date(),
    })
  }
}

/** A running export that has not recorded progress for this long was cut off (its server stopped): no page takes minutes. */
export const STALLED_AFTER_MS = 2 * 60_000

/**
 * Exports a stopped server left behind — still `running` with no progress for STALLED_AFTER_MS, or
 * `queued` that long because the event that would start them was lost — are written again from the
 * start (the file is rewritten whole). Run every minute by the `resume-exports` job.
 */
export async function resumeInterruptedExports(container: Container, now = new Date()): Promise<string[]> {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const before = new Date(now.getTime() - STALLED_AFTER_MS)
  const stalled = await ledger.listExportJobs(
    { status: ["queued", "running"], updated_at: { $lt: before } },
    { select: ["id"] }
  )
  for (const job of stalled) {
    await ledger.updateExportJobs({ id: job.id, status: "queued", written_rows: 0 })
    await runExportJob(container, job.id)
  }
  return stalled.map((job) => job.id)
}
