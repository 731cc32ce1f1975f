import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { ensureBuilt, packageTargets, PLUGINS, ROOT } from "./lib/build"

/**
 * `npm run typecheck`: every TypeScript project in strict mode, with no output. The packages are built
 * first (when their sources changed), because the projects that use them read their declarations; the
 * storefront is checked by `next build`, the plugins' server code by their own build.
 */
async function main() {
  const logDir = join(ROOT, ".data/logs")
  mkdirSync(logDir, { recursive: true })
  for (const target of packageTargets) {
    await ensureBuilt(target, {
      env: process.env,
      logDir,
      announce: async (label, work) => {
        console.log(`${label}…`)
        await work()
      },
    })
  }
  return check()
}

const projects = [
  "tsconfig.json",
  "backend/tsconfig.json",
  "seed/tsconfig.json",
  // each plugin's admin extensions (a plugin without any has no project there)
  ...PLUGINS.map((p) => `${p}/src/admin`).filter((admin) => existsSync(join(ROOT, admin, "tsconfig.json"))),
]
const tsc = join(ROOT, "node_modules/typescript/bin/tsc")

/** Checks each project; the number that failed. */
function check(): number {
  let failed = 0
  for (const project of projects) {
    const { status } = spawnSync(process.execPath, [tsc, "--noEmit", "-p", project], { cwd: ROOT, stdio: "inherit" })
    console.log(`${status === 0 ? "✓" : "✗"} ${project}`)
    if (status !== 0) failed++
  }
  return failed
}

main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
