/**
 * After every `npm run bench` (this config's global teardown): docs/benchmarks.md from the figures the suites just left in
 * test/artifacts/bench (each suite's method, the baseline it compares with in the same run, its
 * tables and what they say), with the machine they were measured on.
 */
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { join } from "node:path"
import { format, resolveConfig } from "prettier"
import { ROOT } from "../../../scripts/lib/build"
import { markdownTable, RESULTS, type BenchResult } from "./report"

/** Sections in this order; a suite not listed comes after them. */
const ORDER = ["catalog", "checkout", "checkout-attribution", "search", "ledger-stats"]

function postgresVersion(): string {
  try {
    return execFileSync(
      "psql",
      [
        "-h",
        process.env.DB_HOST ?? "localhost",
        "-U",
        process.env.DB_USERNAME ?? "postgres",
        "-tAc",
        "show server_version",
      ],
      { encoding: "utf8" }
    ).trim()
  } catch {
    return "unknown"
  }
}

/** A suite run alone replaces its own section; the others keep their last figures, each with its date. */
export async function teardown() {
  const results = (existsSync(RESULTS) ? readdirSync(RESULTS) : [])
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(readFileSync(join(RESULTS, file), "utf8")) as BenchResult & { at: string })
    .sort((a, b) => {
      const rank = (suite: string) => (ORDER.includes(suite) ? ORDER.indexOf(suite) : ORDER.length)
      return rank(a.suite) - rank(b.suite) || a.suite.localeCompare(b.suite)
    })
  if (!results.length) return

  const [cpu] = cpus()
  const machine = [
    `- CPU: ${cpu.model.trim()}, ${cpus().length} cores`,
    `- Memory: ${Math.round(totalmem() / 2 ** 30)} GiB`,
    `- Node.js ${process.version}, PostgreSQL ${postgresVersion()} (DB_HOST=${process.env.DB_HOST ?? "localhost"}), no Redis`,
    `- Run finished ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  ]

  const sections = results.map((r) =>
    [
      `## ${r.title}`,
      `\`test/bench/${r.suite}.bench.spec.ts\`, measured ${r.at.slice(0, 16).replace("T", " ")} UTC. ${r.method}`,
      ...r.tables.map(markdownTable),
      ...(r.findings.length ? [r.findings.join("\n")] : []),
    ].join("\n\n")
  )

  const doc = [
    "# Benchmarks",
    "Written by `npm run bench` (test/bench/support/write-report.ts) from the run's own figures: every suite in `test/bench` compares " +
      "with a baseline measured in the same run. Benchmarks print figures; they do not pass or fail on time. Earlier " +
      "runs and what was changed because of them: docs/benchmark-history.md.",
    "Machine:",
    machine.join("\n"),
    ...sections,
  ].join("\n\n")
  // formatted as the repository's Prettier formats it, so `npm run lint` passes on the written file
  const file = join(ROOT, "docs/benchmarks.md")
  writeFileSync(file, await format(doc, { ...(await resolveConfig(file)), filepath: file }))
  console.log(`docs/benchmarks.md: ${results.length} suites (${results.map((r) => r.suite).join(", ")}).`)
}
