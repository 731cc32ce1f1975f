/**
 * `npm run seed:scale -- --products N --ledger N`: makes the demo database as large as a province's
 * platform, to see how the product behaves at that size — N more products and/or 台账 rows
 * bulk-loaded (seed/src/scale.ts), then for products the search index rebuilt, all with progress
 * bars, and the running shop told to drop its cached catalog. Works beside a running `npm start`
 * (same data directory) or on its own (it then starts the embedded database for the run). Run
 * `npm start` once first: it seeds what this adds to.
 */
import { spawn } from "node:child_process"
import { join, resolve } from "node:path"
import pg from "pg"
import { ConfigError, readEnv } from "@zhunong/backend/env"
import { SHOP_CACHE_TAGS } from "@zhunong/common/catalog-events"
import { MEDUSA_CLI, ROOT } from "./lib/build"
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/postgres"
import { secrets } from "./lib/secrets"
import { storeSeedVersion } from "./lib/store"

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** A `medusa exec` in the backend, its progress bars on this terminal. */
function medusaExec(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [MEDUSA_CLI, "exec", ...args], {
      cwd: join(ROOT, "backend"),
      env,
      stdio: "inherit",
    })
    child.on("error", fail)
    child.on("close", (code) => (code === 0 ? done() : fail(new Error(`medusa exec ${args[0]} failed (exit ${code})`))))
  })
}

async function main() {
  const env = readEnv()
  const dataDir = resolve(ROOT, env.DATA_DIR)
  let database: EmbeddedPostgres | undefined
  let databaseUrl = env.DATABASE_URL
  if (!databaseUrl) {
    // the embedded database of a running `npm start` is used as it is; otherwise this run starts it
    const running = `postgres://postgres:postgres@localhost:${env.EMBEDDED_PG_PORT}/zhunong`
    if (await reachable(running)) databaseUrl = running
    else {
      database = await startEmbeddedPostgres({ dir: join(dataDir, "postgres"), port: env.EMBEDDED_PG_PORT })
      databaseUrl = await ensureDatabase(database.serverUrl, "zhunong")
    }
  }
  try {
    if (!(await storeSeedVersion(databaseUrl)))
      throw new Error("This database has no demo store yet: run `npm start` once, then `npm run seed:scale`.")
    const shared = secrets(dataDir)
    // the in-process event bus: bulk rows emit no events, and the reindex must not queue for a backend
    const childEnv = {
      ...process.env,
      ...shared,
      DATABASE_URL: databaseUrl,
      REDIS_URL: "",
      MEDUSA_DISABLE_TELEMETRY: "true",
    }
    const options = process.argv.slice(2).map((arg) => arg.replace(/^--/, ""))
    await medusaExec(["../seed/src/scale.ts", ...options], childEnv)
    // only new products change the search index and the shop's catalog; ledger rows change neither
    if (!options.includes("products")) return
    await medusaExec(["./src/scripts/search.ts", "reindex"], childEnv)
    const told = await fetch(`${env.STOREFRONT_URL}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": shared.SHOP_REVALIDATE_SECRET },
      body: JSON.stringify({ tags: SHOP_CACHE_TAGS }),
    }).catch(() => null)
    console.log(
      told?.ok
        ? "The running shop shows the new catalog."
        : "The shop is not running; it will read the new catalog when started."
    )
  } finally {
    await database?.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error)
  process.exit(1)
})
