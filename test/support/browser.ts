import { existsSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { ROOT } from "../../scripts/lib/build"

/** Debian's Chromium (`apt-get install chromium`), which .ci/run installs; CHROMIUM_PATH points elsewhere. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
export const ARTIFACTS = join(ROOT, "test/artifacts/e2e")

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium fonts-wqy-zenhei) or set CHROMIUM_PATH.`)
  }
  mkdirSync(ARTIFACTS, { recursive: true })
  // Headless as root in a sandboxed machine with a closed network: no sandbox, no GPU, no background calls home.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
}

/** A screenshot kept as a test artifact (test/artifacts/e2e/<name>.png): the whole page, or what a phone shows. */
export async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage })
}
