import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { adminCjkFont } from "../admin-cjk-font"

type Transform = (code: string, id: string) => { code: string } | undefined

/** The plugin's transform hook, as Vite calls it. */
const transform = () => (adminCjkFont() as unknown as { transform: Transform }).transform

describe("adminCjkFont", () => {
  it("loads the font from the admin's entry and renames its faces to the admin stack's Noto Sans", () => {
    const entry = transform()('import App from "@medusajs/dashboard"', "/app/.medusa/client/entry.jsx")
    expect(entry?.code).toBe('import "@fontsource-variable/noto-sans-sc";\nimport App from "@medusajs/dashboard"')

    const path = require.resolve("@fontsource-variable/noto-sans-sc/index.css", { paths: [`${__dirname}/../../..`] })
    const css = readFileSync(path, "utf8")
    const renamed = transform()(css, path)?.code ?? ""
    expect(renamed).not.toContain("Noto Sans SC Variable")
    expect(renamed.match(/font-family: 'Noto Sans';/g)?.length).toBe(css.match(/font-family:/g)?.length)
    expect(renamed).toMatch(/:root \.font-sans \{\s+font-family: Inter, [^}]*"Noto Sans"/)
    expect(renamed).toContain("unicode-range")

    expect(transform()("export const x = 1", "/app/src/admin/routes/page.tsx")).toBeUndefined()
  })
})
