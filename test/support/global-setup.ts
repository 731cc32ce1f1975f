import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { ensureBuilt, packageTargets, ROOT } from "../../scripts/lib/build"
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/lib/postgres"

let database: EmbeddedPostgres | undefined

/**
 * Builds the plugins, then gives every test a Postgres through DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, the variables
 * @medusajs/test-utils reads: the one named by DB_HOST when set (CI), otherwise an embedded server
 * of its own (data in .data/test-postgres, separate from `npm start`'s).
 */
export async function setup() {
  // The backend loads plugins from their build output; build the ones whose sources changed.
  const logDir = join(ROOT, ".data/logs")
  mkdirSync(logDir, { recursive: true })
  const announce = async (label: string, work: () => Promise<void>) => {
    console.log(`${label}…`)
    await work()
  }
  for (const target of packageTargets) await ensureBuilt(target, { env: process.env, logDir, announce })

  if (!process.env.DB_HOST) {
    const port = Number(process.env.TEST_PG_PORT ?? 54330)
    database = await startEmbeddedPostgres({ dir: join(ROOT, ".data/test-postgres"), port })
    Object.assign(process.env, {
      DB_HOST: "localhost",
      DB_PORT: String(port),
      DB_USERNAME: "postgres",
      DB_PASSWORD: "postgres",
    })
  }
  process.env.DB_USERNAME ??= "postgres"
  process.env.DB_PORT ??= "5432"
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
}

export async function teardown() {
  await database?.stop()
}
