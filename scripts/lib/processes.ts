import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync } from "node:fs"
import { createServer } from "node:net"
import { dirname } from "node:path"

export interface RunOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Output goes to this file; its tail is shown if the command fails. */
  logFile: string
}

/** Runs a command to completion, its output in `logFile`; rejects with the log's tail on failure. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  mkdirSync(dirname(options.logFile), { recursive: true })
  const log = createWriteStream(options.logFile)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    child.on("error", reject)
    child.on("close", (code, signal) => {
      log.end(() => {
        if (code === 0) return resolve()
        const tail = readFileSync(options.logFile, "utf8").split("\n").slice(-40).join("\n")
        reject(
          new Error(
            `\`${[command, ...args].join(" ")}\` failed (${signal ?? `exit ${code}`}); last lines of ${options.logFile}:\n${tail}`
          )
        )
      })
    })
  })
}

/** Starts a long-running service whose output lines are shown with a prefix. */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: Omit<RunOptions, "logFile">
): ChildProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] })
  const prefix = (chunk: Buffer) =>
    chunk
      .toString("utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => `[${name}] ${line}\n`)
      .join("")
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  return child
}

/** Resolves when `url` answers 2xx; rejects if `child` exits first or the time runs out. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The process behind ${url} exited (${child.signalCode ?? child.exitCode}) before answering.`)
    }
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      .then((res) => res.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s.`)
}

/** Fails early with a clear message instead of letting a child die on EADDRINUSE. */
export function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", () =>
      reject(new Error(`Port ${port} is already in use; stop what runs there or set ${variable} to another port.`))
    )
    server.listen(port, () => server.close(() => resolve()))
  })
}

/** Stops a child with SIGTERM (SIGKILL after `graceMs`) and waits for it. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill("SIGTERM")
  })
}
