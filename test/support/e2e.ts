import { rmSync } from "node:fs"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll } from "vitest"
import { launchChromium } from "./browser"
import { interrupt, launch, type Launch, type Stack } from "./launch"

/**
 * A browser test file's world: its own `npm start` on a fresh data directory and a headless
 * Chromium, both started before its tests and gone after them. `newPage` opens a page in a new
 * context (its own cookies: a new person), in Chinese, at the given size. `env` configures the start
 * (e.g. a payment provider's keys and its stand-in's address).
 */
export function browserAgainst(target: Stack, env: Record<string, string> = {}) {
  let run: Launch | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    rmSync(target.dataDir, { recursive: true, force: true })
    ;[run, browser] = await Promise.all([launch(target, env), launchChromium()])
  })
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()))
    await browser?.close()
    if (run) await interrupt(run)
    rmSync(target.dataDir, { recursive: true, force: true })
  })
  return {
    async newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
      if (!browser) throw new Error("the browser is not up: newPage runs inside a test")
      const context = await browser.newContext({ baseURL: target.storefront, locale: "zh-CN", viewport })
      contexts.push(context)
      return context.newPage()
    },
  }
}
