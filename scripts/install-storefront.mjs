// The storefront runs React 19 (Next.js) while Medusa Admin needs React 18, so it cannot share the
// workspace's hoisted node_modules. It keeps its own lockfile and is installed here, after the root
// install, with the same npm command (ci stays ci).
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"

const storefront = fileURLToPath(new URL("../storefront/", import.meta.url))
if (!existsSync(`${storefront}package.json`)) process.exit(0)

const command = process.env.npm_command === "ci" ? "ci" : "install"
const result = spawnSync("npm", [command, "--no-audit", "--no-fund"], {
  cwd: storefront,
  stdio: "inherit",
  env: { ...process.env, npm_config_workspaces: undefined },
})
process.exit(result.status ?? 1)
