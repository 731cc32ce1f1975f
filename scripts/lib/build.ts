import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { fingerprint } from "./fingerprint"
import { run } from "./processes"

export const ROOT = resolve(__dirname, "../..")
export const MEDUSA_CLI = join(ROOT, "node_modules/@medusajs/cli/cli.js")
export const NEXT_CLI = join(ROOT, "storefront/node_modules/next/dist/bin/next")

export interface BuildTarget {
  /** Names the build's log file. */
  name: string
  label: string
  cwd: string
  args: string[]
  /** Sources (relative to the root) whose change calls for a rebuild. */
  sources: string[]
  /** Written beside the build output, so the stamp goes wherever the output goes. */
  stampFile: string
}

/** Plugin folders, each after the plugins it depends on: a plugin build reads its dependencies' output. */
export const PLUGINS = dependencyOrder(readdirSync(join(ROOT, "plugins")).map((name) => `plugins/${name}`))

function dependencyOrder(plugins: string[]): string[] {
  const nameOf = new Map<string, string>()
  const needs = new Map<string, string[]>()
  for (const plugin of plugins) {
    const pkg = JSON.parse(readFileSync(join(ROOT, plugin, "package.json"), "utf8"))
    nameOf.set(pkg.name, plugin)
    needs.set(plugin, Object.keys(pkg.dependencies ?? {}))
  }
  const ordered: string[] = []
  const visit = (plugin: string) => {
    if (ordered.includes(plugin)) return
    for (const dependency of needs.get(plugin) ?? []) {
      const local = nameOf.get(dependency)
      if (local) visit(local)
    }
    ordered.push(plugin)
  }
  plugins.forEach(visit)
  return ordered
}

/** @zhunong/common, compiled for Node (plugins and the backend load dist/); bundlers read its src/. */
const commonTarget: BuildTarget = {
  name: "packages-common",
  label: "Building packages/common",
  cwd: join(ROOT, "packages/common"),
  args: [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"],
  sources: ["packages/common/src", "packages/common/package.json", "packages/common/tsconfig.json"],
  stampFile: join(ROOT, "packages/common/dist/.fingerprint"),
}

const pluginTargets: BuildTarget[] = PLUGINS.map((plugin) => ({
  name: plugin.replace("/", "-"),
  label: `Building ${plugin}`,
  cwd: join(ROOT, plugin),
  args: [MEDUSA_CLI, "plugin:build"],
  sources: [plugin, "packages/common/src", "package-lock.json"],
  stampFile: join(ROOT, plugin, ".medusa/server/.fingerprint"),
}))

/** Everything the backend loads from a workspace package, in build order: the shared package, then the plugins. */
export const packageTargets: BuildTarget[] = [commonTarget, ...pluginTargets]

/** The backend build bundles the plugins' admin extensions, so a plugin change rebuilds it too. */
export const backendTarget: BuildTarget = {
  name: "backend",
  label: "Building the backend and Medusa Admin (about a minute)",
  cwd: join(ROOT, "backend"),
  args: [MEDUSA_CLI, "build"],
  sources: ["backend", "packages/common/src", ...PLUGINS, "package-lock.json"],
  stampFile: join(ROOT, "backend/.medusa/server/.fingerprint"),
}

export const storefrontTarget: BuildTarget = {
  name: "storefront",
  label: "Building the storefront",
  cwd: join(ROOT, "storefront"),
  args: [NEXT_CLI, "build"],
  // plus the shared package it imports (labels, purchase rules, shopper forms)
  sources: ["storefront", "packages/common/src"],
  stampFile: join(ROOT, "storefront/.next/.fingerprint"),
}

/** Builds `target` unless its output was built from the same sources; returns whether it built. */
export async function ensureBuilt(
  target: BuildTarget,
  options: {
    env: NodeJS.ProcessEnv
    logDir: string
    announce: (label: string, work: () => Promise<void>) => Promise<void>
  }
): Promise<boolean> {
  const print = fingerprint(ROOT, target.sources)
  if (existsSync(target.stampFile) && readFileSync(target.stampFile, "utf8") === print) return false
  await options.announce(target.label, () =>
    run(process.execPath, target.args, {
      cwd: target.cwd,
      env: options.env,
      logFile: join(options.logDir, `${target.name}-build.log`),
    })
  )
  writeFileSync(target.stampFile, print)
  return true
}
