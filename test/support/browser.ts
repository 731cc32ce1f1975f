import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { ROOT } from "../../scripts/lib/build"

export const ARTIFACTS = join(ROOT, "test/artifacts/e2e")

/**
 * Which Chromium drives the browser tests: CHROMIUM_PATH if set, else Debian's when installed, else
 * the one `npm install` brought (@sparticuz/chromium, unpacked into the temp folder on first use), so
 * `npm test` needs nothing beyond Node and npm. The shop brings its own CJK web font, so pages read
 * the same in all three.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`)
    return process.env.CHROMIUM_PATH
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium"
  const { default: sparticuz } = await import("@sparticuz/chromium")
  return sparticuz.executablePath()
}

export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true })
  // Headless as root in a sandboxed machine with a closed network: no sandbox, no GPU, no background calls home.
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/** A screenshot kept as a test artifact (test/artifacts/e2e/<name>.png): the whole page, or what a phone shows. */
export async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage })
}
