/**
 * `npm start`: brings the whole product up on this machine and keeps it in the foreground.
 * Database (embedded Postgres unless DATABASE_URL is set) → builds that are out of date → migrations
 * when the code changed → first-run demo seed → backend (`medusa start` from the build) → storefront.
 * Ctrl-C stops everything, the database last.
 */
import type { ChildProcess } from "node:child_process"
import { mkdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { ConfigError, readEnv, type Env } from "@zhunong/backend/env"
import {
  DEMO_INVITE_CODE,
  DEMO_OFFICES,
  DEMO_PASSWORD,
  DEMO_SHOPPERS,
  DEMO_SUPERVISOR,
  DEMO_CANTEEN_ORDER,
  DEMO_SUPPLIER_LOGINS,
  SEED_VERSION,
} from "@zhunong/seed/demo-marks"
import { backendTarget, ensureBuilt, MEDUSA_CLI, NEXT_CLI, packageTargets, ROOT, storefrontTarget } from "./lib/build"
import { fingerprint, Stamps } from "./lib/fingerprint"
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/postgres"
import { assertPortFree, run, startService, stopChild, waitForHttp } from "./lib/processes"
import { secrets } from "./lib/secrets"
import { publishableKeyToken, storeSeedVersion } from "./lib/store"

const BACKEND = join(ROOT, "backend")
const STOREFRONT = join(ROOT, "storefront")
const DATABASE_NAME = "zhunong"

let database: EmbeddedPostgres | undefined
const services: ChildProcess[] = []
let stopping = false

async function main() {
  const env = readEnv()
  const dataDir = resolve(ROOT, env.DATA_DIR)
  mkdirSync(join(dataDir, "logs"), { recursive: true })
  const stamps = new Stamps(join(dataDir, "stamps.json"))
  const logFile = (name: string) => join(dataDir, "logs", `${name}.log`)

  await assertPortFree(env.PORT, "PORT")
  await assertPortFree(env.STOREFRONT_PORT, "STOREFRONT_PORT")

  const databaseUrl = await step("Database", async () => {
    if (env.DATABASE_URL) return env.DATABASE_URL
    database = await startEmbeddedPostgres({ dir: join(dataDir, "postgres"), port: env.EMBEDDED_PG_PORT })
    return ensureDatabase(database.serverUrl, DATABASE_NAME)
  })
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...secrets(dataDir),
    DATABASE_URL: databaseUrl,
    UPLOAD_DIR: process.env.UPLOAD_DIR ? env.UPLOAD_DIR : join(dataDir, "uploads"),
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  const medusa = (args: string[], log: string, env: NodeJS.ProcessEnv = childEnv) =>
    run(process.execPath, [MEDUSA_CLI, ...args], { cwd: BACKEND, env, logFile: logFile(log) })
  const built = { env: childEnv, logDir: join(dataDir, "logs"), announce: step }
  for (const target of packageTargets) await ensureBuilt(target, built)
  await ensureBuilt(backendTarget, built)

  const migrations = fingerprint(ROOT, backendTarget.sources)
  const migrationKey = `migrations ${databaseUrl}`
  if (!stamps.matches(migrationKey, migrations)) {
    await step("Migrating the database", () => medusa(["db:migrate"], "migrate"))
    stamps.record(migrationKey, migrations)
  }
  if ((await storeSeedVersion(databaseUrl)) !== SEED_VERSION) {
    // On the in-process event bus even when Redis is configured: the seed's events are then handled
    // while it runs, instead of queueing in Redis for the backend to work through after it starts.
    await step("Seeding demo data", () =>
      medusa(["exec", "../seed/src/demo.ts"], "seed", { ...childEnv, REDIS_URL: "" })
    )
  }
  const publishableKey = await publishableKeyToken(databaseUrl)

  await ensureBuilt(storefrontTarget, { ...built, env: { ...childEnv, NEXT_TELEMETRY_DISABLED: "1" } })

  const backend = startService("backend", process.execPath, [MEDUSA_CLI, "start"], {
    cwd: join(BACKEND, ".medusa/server"),
    env: { ...childEnv, PORT: String(env.PORT) },
  })
  watch(backend, "backend")
  await step("Starting the backend", () => waitForHttp(`${env.BACKEND_URL}/health`, backend, 120_000))

  const storefront = startService(
    "storefront",
    process.execPath,
    [NEXT_CLI, "start", "-p", String(env.STOREFRONT_PORT)],
    {
      cwd: STOREFRONT,
      env: {
        ...childEnv,
        NEXT_TELEMETRY_DISABLED: "1",
        MEDUSA_BACKEND_URL: env.BACKEND_URL,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        STRIPE_PUBLISHABLE_KEY: env.STRIPE_PUBLISHABLE_KEY ?? "",
      },
    }
  )
  watch(storefront, "storefront")
  await step("Starting the storefront", () => waitForHttp(env.STOREFRONT_URL, storefront, 60_000))

  printBanner(env, databaseUrl)
}

async function step<T>(label: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now()
  process.stdout.write(`▸ ${label}…\n`)
  const result = await action()
  process.stdout.write(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  return result
}

/** A service that dies on its own takes the whole product down, so nothing half-runs. */
function watch(child: ChildProcess, name: string) {
  services.push(child)
  child.on("exit", (code, signal) => {
    if (stopping) return
    console.error(`\n✖ The ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); shutting down.`)
    void shutdown(1)
  })
}

function printBanner(env: Env, databaseUrl: string) {
  const line = "─".repeat(64)
  console.log(`
${line}
  助农集市 is running
    Storefront (职工商城)   ${env.STOREFRONT_URL}
    Backend API            ${env.BACKEND_URL}
    Medusa Admin (平台运营)  ${env.BACKEND_URL}/app
      login  ${env.ADMIN_EMAIL}
      password  ${env.ADMIN_PASSWORD}
    Demo shoppers of 上海市松江区机关事务管理局 (password ${DEMO_PASSWORD})
${DEMO_SHOPPERS.map((s) => `      ${s.email.padEnd(26)} ${s.role}`).join("\n")}
      invite code ${DEMO_INVITE_CODE} joins a new shopper to the unit (pending the unit admin's approval)
      ${DEMO_SUPERVISOR.email.padEnd(26)} ${DEMO_SUPERVISOR.role}（${DEMO_SUPERVISOR.unit}）: reviews the unit's 预留份额
    Supplier portal (供应商中心) ${env.STOREFRONT_URL}/supplier — demo suppliers (password ${DEMO_PASSWORD})
${DEMO_SUPPLIER_LOGINS.map((s) => `      ${s.email.padEnd(26)} ${s.status} ${s.name}`).join("\n")}
    Office portal (办公室) ${env.STOREFRONT_URL}/office — demo offices (password ${DEMO_PASSWORD})
${DEMO_OFFICES.map((o) => `      ${o.email.padEnd(26)} ${o.office_name}`).join("\n")}
    对公转账 (bank transfer on invoice)
      王芳's canteen order (${DEMO_CANTEEN_ORDER.unit}) awaits its remittance: in Medusa Admin open
      Orders → that order → 对公转账 → 登记到账 (amount, payer 户名, bank 流水号, date, 回单) to mark it 已支付
    Database               ${databaseUrl.replace(/\/\/([^:]+):[^@]+@/, "//$1:***@")}${database ? " (embedded)" : ""}
    Redis                  ${env.REDIS_URL ?? "not configured (in-process event bus, workflows, cache, locks)"}
  Press Ctrl-C to stop everything.
${line}`)
}

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  console.log("\nStopping…")
  await Promise.all(services.map((child) => stopChild(child)))
  await database?.stop()
  process.exit(code)
}

process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))

main().catch(async (error: unknown) => {
  console.error(
    `\n✖ ${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}`
  )
  await shutdown(1)
})
