import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { spawn } from "node:child_process"
import { resolve } from "node:path"
import { performance } from "node:perf_hooks"
import { fixed, recordBench } from "./support/report"
import type { Readable } from "node:stream"
import { LEDGER_MODULE, type LedgerModuleService } from "@zhunong/assistance-stats/modules/ledger"
import { ROLLUPS } from "@zhunong/assistance-stats/dimensions"
import { generateLedger, NINGBO, SCALE_JURISDICTIONS } from "@zhunong/seed/ledger-scale"
import { adminHeaders } from "../support/admin"
import { officeHeaders } from "../support/offices"

const ROOT = resolve(__dirname, "../..")
const ROWS = Number(process.env.LEDGER_ROWS ?? 10_000_000)
const API_RUNS = 20
const RAW_RUNS = 3

type Headers = { headers: Record<string, string> }
type Row = Record<string, string | number | boolean>

/**
 * Statistics and exports at scale: ROWS generated ledger rows (default 10 million).
 * 1. Each statistics question an office asks, as the API's aggregate (the ledger service reading the
 *    coarsest rollup holding its dimensions) and through HTTP (`GET /office/stats`, with sign-in and
 *    the jurisdiction subtree), against the plain GROUP BY over `ledger_entry` that answers it, in
 *    the same run on the same data; the answers must agree.
 * 2. The 台账 export of 宁波's subtree (a tenth of the ledger: 1 million rows at the default size)
 *    through `GET /office/exports/ledger`, against Postgres' own `COPY (…) TO STDOUT` of the same
 *    rows (psql, output discarded), with the process's peak RSS while the export runs.
 */
medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    it("measures rollup statistics against GROUP BY over the ledger, and the export against COPY", async () => {
      const admin = await adminHeaders(getContainer(), api)
      await getContainer().resolve<ProvenanceModuleService>(PROVENANCE_MODULE).createJurisdictions(SCALE_JURISDICTIONS)
      const ningbo = await officeHeaders(api, admin, "duikou@ningbo.example", "宁波市对口支援办", "330200")
      const zhejiang = await officeHeaders(api, admin, "hezuo@zhejiang.example", "浙江省合作交流办", "330000")
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await generateLedger(db, ROWS, (m) => console.log(m))
      const zhejiangCodes = SCALE_JURISDICTIONS.map((j) => j.code).filter((c) => c.startsWith("33"))
      const sizes = await db.raw(
        `select relname, n_live_tup from pg_stat_user_tables where relname in ('ledger_entry', ${ROLLUPS.map((r) => `'${r.table}'`).join(", ")}) order by relname`
      )
      console.log(
        sizes.rows
          .map(
            (r: { relname: string; n_live_tup: string }) =>
              `${r.relname}: ${Number(r.n_live_tup).toLocaleString("en")} rows`
          )
          .join("\n")
      )

      const ledger = getContainer().resolve<LedgerModuleService>(LEDGER_MODULE)
      const cases: {
        name: string
        office: Headers
        codes: string[]
        query: string
        column: string
        dimension: "month" | "county" | "not_counted_reason" | "unit"
        from?: string
        to?: string
      }[] = [
        {
          name: "宁波 by month, one year",
          office: ningbo,
          codes: NINGBO,
          query: "group_by=month&from=2025-01&to=2025-12",
          column: "month",
          dimension: "month",
          from: "2025-01",
          to: "2025-12",
        },
        {
          name: "宁波 by origin county, one year",
          office: ningbo,
          codes: NINGBO,
          query: "group_by=county&from=2025-01&to=2025-12",
          column: "county_code",
          dimension: "county",
          from: "2025-01",
          to: "2025-12",
        },
        {
          name: "宁波 by why not counted, all years",
          office: ningbo,
          codes: NINGBO,
          query: "group_by=not_counted_reason&counted=false",
          column: "not_counted_reason",
          dimension: "not_counted_reason",
        },
        {
          name: "浙江 by month, all years",
          office: zhejiang,
          codes: zhejiangCodes,
          query: "group_by=month",
          column: "month",
          dimension: "month",
        },
        {
          name: "浙江 by unit, one year",
          office: zhejiang,
          codes: zhejiangCodes,
          query: "group_by=unit&from=2025-01&to=2025-12",
          column: "unit_id",
          dimension: "unit",
          from: "2025-01",
          to: "2025-12",
        },
      ]
      const questions: (string | number)[][] = []
      for (const c of cases) {
        const counted = c.query.includes("counted=false") ? { counted: false } : {}
        const aggregate_ms = await mean(
          API_RUNS,
          async () =>
            (await ledger.aggregate({
              group_by: [c.dimension],
              where: { jurisdiction_code: c.codes, ...counted },
              from_month: c.from,
              to_month: c.to,
            })) as Row[]
        )
        const api_ms = await mean(
          API_RUNS,
          async () => (await api.get(`/office/stats?${c.query}`, c.office)).data.rows as Row[]
        )
        const conditions = [`jurisdiction_code in (${c.codes.map((code) => `'${code}'`).join(", ")})`]
        if (c.from) conditions.push(`month >= '${c.from}' and month <= '${c.to}'`)
        if (c.query.includes("counted=false")) conditions.push("not counted")
        const raw_ms = await mean(RAW_RUNS, async () => {
          const { rows } = await db.raw(`
            select coalesce(${c.column}, '') as "${c.dimension}",
              coalesce(sum(amount_fen) filter (where counted), 0)::bigint as counted_amount_fen,
              coalesce(sum(amount_fen) filter (where not counted), 0)::bigint as uncounted_amount_fen,
              sum(quantity)::bigint as quantity, count(*) filter (where kind <> 'reversal')::bigint as lines
            from ledger_entry where ${conditions.join(" and ")} group by 1 order by 1`)
          return rows as Row[]
        })
        const answer = (rows: Row[]) =>
          rows.map((r) => [
            r[c.dimension],
            Number(r.counted_amount_fen),
            Number(r.uncounted_amount_fen),
            Number(r.quantity),
            Number(r.lines),
          ])
        expect(answer(api_ms.result), `${c.name}: the rollup answers what the ledger answers`).toEqual(
          answer(raw_ms.result)
        )
        expect(answer(aggregate_ms.result)).toEqual(answer(raw_ms.result))
        questions.push([
          c.name,
          api_ms.result.length,
          fixed(aggregate_ms.ms),
          fixed(raw_ms.ms, 0),
          `${fixed(raw_ms.ms / aggregate_ms.ms, 0)}×`,
          fixed(api_ms.ms),
        ])
      }

      // The export of 宁波's subtree, against COPY of the same rows and columns.
      const exportRows = Number(
        (
          await db.raw(
            `select count(*) from ledger_entry where jurisdiction_code in (${NINGBO.map((c) => `'${c}'`).join(", ")})`
          )
        ).rows[0].count
      )
      const before = process.memoryUsage()
      const rssBefore = before.rss
      let peak = rssBefore
      let peakHeap = before.heapUsed
      let peakBuffers = before.arrayBuffers
      const sampler = setInterval(() => {
        const now = process.memoryUsage()
        peak = Math.max(peak, now.rss)
        peakHeap = Math.max(peakHeap, now.heapUsed)
        peakBuffers = Math.max(peakBuffers, now.arrayBuffers)
      }, 20)
      const started = performance.now()
      const response = await api.get("/office/exports/ledger", { ...ningbo, responseType: "stream" })
      const { bytes, lines: csvLines } = await drain(response.data as Readable)
      const exportMs = performance.now() - started
      clearInterval(sampler)
      expect(csvLines, "a header line and one line per row").toBe(exportRows + 1)

      // the test runner's database, on the server the environment names (as the runner itself connects)
      const connection = {
        host: process.env.DB_HOST ?? "localhost",
        port: Number(process.env.DB_PORT ?? 5432),
        user: process.env.DB_USERNAME ?? "postgres",
        password: process.env.DB_PASSWORD,
        database: (await db.raw("select current_database() as name")).rows[0].name as string,
      }
      const copySql = `copy (select seq, day, kind, order_id, order_display_id, supplier_id, evidence, product_title, variant_title, quantity, amount_fen, supplier_name, county_code, poverty_exit,
        certificates, unit_name, unit_type, jurisdiction_code, channel, funding, pairing_types, counted, not_counted_reason, hash
        from ledger_entry where jurisdiction_code in (${NINGBO.map((c) => `'${c}'`).join(", ")}) order by seq) to stdout with (format csv)`
      const copyStarted = performance.now()
      const copyBytes = await psqlCopy(connection, copySql)
      const copyMs = performance.now() - copyStarted
      const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`
      recordBench({
        suite: "ledger-stats",
        title: `Ledger statistics and exports at ${ROWS.toLocaleString("en")} rows`,
        method:
          `${ROWS.toLocaleString("en")} synthetic ledger rows (seed/src/ledger-scale.ts: 56 buying jurisdictions, 60 western ` +
          "counties, 36 months), written by Postgres, and the rollups built from them. Each question is answered three " +
          `ways in the same run and the answers are checked equal: the ledger service's aggregate from its rollups (mean of ${API_RUNS} ` +
          `after a warm-up), the baseline plain GROUP BY over ledger_entry with the same filters (mean of ${RAW_RUNS}), and ` +
          "the HTTP route GET /office/stats. The export of 宁波's subtree is compared with psql's COPY of the same rows.",
        tables: [
          {
            columns: ["question", "groups", "rollup aggregate ms", "GROUP BY ms", "speed-up", "API (HTTP) ms"],
            rows: questions,
          },
          {
            caption: `Export of ${exportRows.toLocaleString("en")} rows (V8 heap ${mb(before.heapUsed)} → peak ${mb(peakHeap)}; array buffers ${mb(before.arrayBuffers)} → peak ${mb(peakBuffers)}):`,
            columns: ["export", "seconds", "output", "peak RSS"],
            rows: [
              [
                "GET /office/exports/ledger (CSV)",
                fixed(exportMs / 1000),
                mb(bytes),
                `${mb(peak)} (${mb(rssBefore)} before: +${mb(peak - rssBefore)})`,
              ],
              ["psql COPY … TO STDOUT (CSV)", fixed(copyMs / 1000), mb(copyBytes), "—"],
              ["ratio", `${fixed(exportMs / copyMs, 2)}×`, "", ""],
            ],
          },
        ],
        findings: [],
      })
    })
  },
})

/** Runs `fn` once to warm up, then `runs` times; the mean wall time and the last result. */
async function mean<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await fn()
  const start = performance.now()
  for (let i = 0; i < runs; i++) result = await fn()
  return { ms: (performance.now() - start) / runs, result }
}

async function drain(stream: Readable): Promise<{ bytes: number; lines: number }> {
  let bytes = 0
  let lines = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
  }
  return { bytes, lines }
}

/** COPY through psql, its output counted and discarded. */
function psqlCopy(
  c: { host: string; port: number; user: string; database: string; password?: string },
  sql: string
): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      "psql",
      ["-h", c.host, "-p", String(c.port), "-U", c.user, "-d", c.database, "-qAt", "-c", sql.replace(/\s+/g, " ")],
      {
        env: { ...process.env, PGPASSWORD: c.password ?? "" },
      }
    )
    let bytes = 0
    child.stdout.on("data", (chunk: Buffer) => (bytes += chunk.length))
    child.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk))
    child.on("error", reject)
    child.on("close", (code) => (code === 0 ? resolvePromise(bytes) : reject(new Error(`psql exited with ${code}`))))
  })
}
