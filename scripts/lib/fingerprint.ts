import { createHash } from "node:crypto"
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"

const SKIPPED = new Set([
  "node_modules",
  ".medusa",
  ".next",
  ".data",
  ".git",
  "next-env.d.ts",
  "integration-tests",
  "__tests__",
])

/**
 * A cheap fingerprint of the sources under `paths` (names, sizes, modification times): when it is
 * unchanged since the last build, `npm start` reuses the build instead of spending a minute on it.
 * Test folders and generated files are skipped: they are not part of any build.
 */
export function fingerprint(root: string, paths: string[]): string {
  const hash = createHash("sha256")
  const visit = (path: string) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!SKIPPED.has(entry)) visit(join(path, entry))
      }
    } else {
      hash.update(`${relative(root, path)}\0${stat.size}\0${stat.mtimeMs}\n`)
    }
  }
  for (const path of paths) visit(join(root, path))
  return hash.digest("hex")
}

/** Fingerprints of completed steps, kept in one JSON file. */
export class Stamps {
  private readonly values: Record<string, string>

  constructor(private readonly file: string) {
    this.values = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {}
  }

  matches(step: string, value: string): boolean {
    return this.values[step] === value
  }

  record(step: string, value: string): void {
    this.values[step] = value
    writeFileSync(this.file, `${JSON.stringify(this.values, null, 2)}\n`)
  }
}
