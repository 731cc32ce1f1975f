import type { ChildProcess } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import autocannon from "autocannon"
import pg from "pg"
import { ensureBuilt, MEDUSA_CLI, NEXT_CLI, ROOT, backendTarget, storefrontTarget } from "../../../scripts/lib/build"
import { run, startService, stopChild, waitForHttp } from "../../../scripts/lib/processes"

/** The shop's backend and plain Medusa, each a project folder with its production build under .medusa/server. */
export const PROJECTS = {
  ours: join(ROOT, "backend"),
  plain: join(ROOT, "test/bench/plain-medusa"),
} as const
export type Project = keyof typeof PROJECTS

const LOGS = join(ROOT, ".data/logs")
const SECRET = "bench-secret-bench-secret-bench-secret"
const serverUrl = () =>
  `postgres://${process.env.DB_USERNAME ?? "postgres"}:${process.env.DB_PASSWORD ?? ""}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}`

const baseEnv = (databaseUrl: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  REDIS_URL: "",
  JWT_SECRET: SECRET,
  COOKIE_SECRET: SECRET,
  SHOP_REVALIDATE_SECRET: SECRET,
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: "error",
})

/** Production builds of both backends (and the storefront), each only when its sources changed. */
export async function buildAll() {
  const options = {
    env: process.env,
    logDir: LOGS,
    announce: async (label: string, work: () => Promise<void>) => {
      console.log(`${label}…`)
      await work()
    },
  }
  await ensureBuilt(backendTarget, options)
  await ensureBuilt(storefrontTarget, { ...options, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
  await run(process.execPath, [MEDUSA_CLI, "build"], {
    cwd: PROJECTS.plain,
    env: process.env,
    logFile: join(LOGS, "bench-plain-build.log"),
  })
}

/** A fresh database for a backend, migrated and filled by the bench store script with `products` products. */
export async function freshDatabase(project: Project, name: string, products: number): Promise<string> {
  const admin = new pg.Client({ connectionString: `${serverUrl()}/postgres` })
  await admin.connect()
  await admin.query(`drop database if exists "${name}" with (force)`)
  await admin.query(`create database "${name}"`)
  await admin.end()
  const databaseUrl = `${serverUrl()}/${name}`
  const env = baseEnv(databaseUrl)
  await run(process.execPath, [MEDUSA_CLI, "db:migrate"], {
    cwd: PROJECTS[project],
    env,
    logFile: join(LOGS, `bench-${project}-migrate.log`),
  })
  const script = join(ROOT, "test/bench/support/bench-store.ts")
  await run(process.execPath, [MEDUSA_CLI, "exec", script, String(products)], {
    cwd: PROJECTS[project],
    env,
    logFile: join(LOGS, `bench-${project}-seed.log`),
  })
  return databaseUrl
}

export interface Server {
  url: string
  child: ChildProcess
  /** CPU time the process and its children have used so far, in ms. */
  cpuMs(): number
  stop(): Promise<void>
}

function serve(name: string, command: string[], cwd: string, url: string, env: NodeJS.ProcessEnv, health: string) {
  const child = startService(name, process.execPath, command, { cwd, env })
  const server: Server = {
    url,
    child,
    cpuMs: () => treeCpuMs(child.pid!),
    stop: () => stopChild(child),
  }
  return waitForHttp(`${url}${health}`, child, 120_000).then(() => server)
}

/** `medusa start` of a backend's production build, one process, no Redis. */
export function startBackend(project: Project, databaseUrl: string, port: number): Promise<Server> {
  return serve(
    project,
    [MEDUSA_CLI, "start"],
    join(PROJECTS[project], ".medusa/server"),
    `http://localhost:${port}`,
    { ...baseEnv(databaseUrl), NODE_ENV: "production", PORT: String(port) },
    "/health"
  )
}

/** The storefront's production build against the shop's backend. */
export function startStorefront(backend: string, publishableKey: string, port: number): Promise<Server> {
  return serve(
    "storefront",
    [NEXT_CLI, "start", "-p", String(port)],
    join(ROOT, "storefront"),
    `http://localhost:${port}`,
    {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: backend,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      SHOP_REVALIDATE_SECRET: SECRET,
    },
    "/"
  )
}

/** Reads one value from a backend's database. */
export async function queryOne<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows[0] as T
  } finally {
    await client.end()
  }
}

const TICK_MS = 10 // Linux's USER_HZ is 100 on every platform Node supports here

/** utime + stime of `pid` and every process below it (Next serves from a child), from /proc. */
function treeCpuMs(pid: number): number {
  const stats = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        // the command name may hold spaces and parentheses: split after its closing one
        const text = readFileSync(`/proc/${entry}/stat`, "utf8")
        const fields = text.slice(text.lastIndexOf(")") + 2).split(" ")
        return [{ pid: Number(entry), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }]
      } catch {
        return [] // exited while we looked
      }
    })
  const inTree = new Set([pid])
  for (let grew = true; grew;) {
    grew = false
    for (const s of stats)
      if (!inTree.has(s.pid) && inTree.has(s.ppid)) {
        inTree.add(s.pid)
        grew = true
      }
  }
  return stats.filter((s) => inTree.has(s.pid)).reduce((sum, s) => sum + s.ticks * TICK_MS, 0)
}

export interface Load {
  requests: number
  perSecond: number
  p50: number
  p975: number
  /** Server CPU per request (the servers named), in ms. */
  cpuPerRequest: number
  failed: number
}

/**
 * `connections` clients requesting `url` (GET, or POST of `body`) as fast as answers come for
 * `seconds` (after a short warm-up), with the servers' CPU measured around it.
 */
export async function load(
  url: string,
  headers: Record<string, string>,
  servers: Server[],
  { connections = 32, seconds = 10, body }: { connections?: number; seconds?: number; body?: unknown } = {}
): Promise<Load> {
  const request = body
    ? {
        method: "POST" as const,
        body: JSON.stringify(body),
        headers: { ...headers, "content-type": "application/json" },
      }
    : { headers }
  await autocannon({ url, ...request, connections, duration: 2 })
  const before = servers.reduce((sum, s) => sum + s.cpuMs(), 0)
  const result = await autocannon({ url, ...request, connections, duration: seconds })
  const cpu = servers.reduce((sum, s) => sum + s.cpuMs(), 0) - before
  const requests = result.requests.total
  return {
    requests,
    perSecond: requests / seconds,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    cpuPerRequest: requests ? cpu / requests : 0,
    failed: result.non2xx + result.errors,
  }
}
