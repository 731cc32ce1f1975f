import { spawn, type ChildProcess } from "node:child_process"
import { join } from "node:path"
import pg from "pg"
import { ROOT } from "../../scripts/lib/build"
import { PUBLISHABLE_KEY_TITLE } from "@zhunong/seed/demo-marks"

/**
 * `npm start` as a user runs it, on ports and a data directory of the test's own, so it can run
 * beside a developer's `npm start`. A fresh data directory means an embedded Postgres initialised,
 * migrated and seeded; builds are shared with every other run.
 */
export interface Stack {
  dataDir: string
  port: number
  storefrontPort: number
  pgPort: number
  backend: string
  storefront: string
}

export function stack(name: string, port: number, storefrontPort: number, pgPort: number): Stack {
  return {
    dataDir: join(ROOT, ".data", name),
    port,
    storefrontPort,
    pgPort,
    backend: `http://localhost:${port}`,
    storefront: `http://localhost:${storefrontPort}`,
  }
}

export interface Launch {
  child: ChildProcess
  output: () => string
  seconds: number
}

/** `env` adds to or overrides the test's environment for this start (e.g. the REDIS_URL of a Redis the test restarts). */
export async function launch(target: Stack, env: Record<string, string> = {}): Promise<Launch> {
  const started = Date.now()
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: "",
      UPLOAD_DIR: "",
      DATA_DIR: target.dataDir,
      PORT: String(target.port),
      STOREFRONT_PORT: String(target.storefrontPort),
      EMBEDDED_PG_PORT: String(target.pgPort),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()))
  await new Promise<void>((ready, fail) => {
    const poll = setInterval(() => {
      if (output.includes("助农集市 is running")) {
        clearInterval(poll)
        ready()
      }
    }, 200)
    child.once("exit", (code) => {
      clearInterval(poll)
      fail(new Error(`npm start exited (${code}) before the product was up:\n${output.slice(-4000)}`))
    })
  })
  return { child, output: () => output, seconds: (Date.now() - started) / 1000 }
}

/** Ctrl-C: the launcher must stop every service and the database, and exit 0. */
export async function interrupt(run: Launch): Promise<number | null> {
  if (run.child.exitCode !== null) return run.child.exitCode
  const exited = new Promise<number | null>((resolve) => run.child.once("exit", resolve))
  run.child.kill("SIGINT")
  return exited
}

export async function publishableKey(target: Stack): Promise<string> {
  const client = new pg.Client({ connectionString: `postgres://postgres:postgres@localhost:${target.pgPort}/zhunong` })
  await client.connect()
  try {
    const { rows } = await client.query<{ token: string }>("select token from api_key where title = $1", [
      PUBLISHABLE_KEY_TITLE,
    ])
    return rows[0].token
  } finally {
    await client.end()
  }
}
