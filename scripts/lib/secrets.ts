import { randomBytes } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

/**
 * `medusa start` runs with NODE_ENV=production, where JWT_SECRET and COOKIE_SECRET are required.
 * Unless they are set, generate them once and keep them beside the data, so sessions survive restarts.
 */
const SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "SHOP_REVALIDATE_SECRET"] as const
type Secrets = Record<(typeof SECRETS)[number], string>

/** Secrets generated once per data directory (one added later is generated then), unless the environment sets them. */
export function secrets(dataDir: string): Secrets {
  const file = join(dataDir, "secrets.json")
  const stored = (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}) as Partial<Secrets>
  const complete = Object.fromEntries(
    SECRETS.map((key) => [key, stored[key] ?? randomBytes(32).toString("hex")])
  ) as Secrets
  if (SECRETS.some((key) => !stored[key]))
    writeFileSync(file, `${JSON.stringify(complete, null, 2)}\n`, { mode: 0o600 })
  return Object.fromEntries(SECRETS.map((key) => [key, process.env[key] || complete[key]])) as Secrets
}
