import type { PluginOption } from "vite" with { "resolution-mode": "import" }

const FONT_PACKAGE = "@fontsource-variable/noto-sans-sc"

/**
 * Tailwind's own sans stack (the page default and `font-sans`, used by the sidebar and headings) lacks
 * "Noto Sans", unlike Medusa UI's text classes: the same stack with it, winning by specificity.
 */
const FONT_SANS = `
:root, :root .font-sans {
  font-family: Inter, ui-sans-serif, system-ui, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji",
    "Segoe UI Symbol", "Noto Color Emoji";
}
`

/**
 * Medusa Admin draws its text in Inter, then the system's fonts; on a machine without Chinese fonts
 * every 汉字 of our pages is a box. This Vite plugin bundles Noto Sans SC (split by unicode-range, so
 * a page downloads only the slices it uses) under the family name "Noto Sans", which the admin's font
 * stack already lists after Inter: Latin text keeps Inter, Chinese gets Noto.
 */
export function adminCjkFont(): PluginOption {
  return {
    name: "zhunong:admin-cjk-font",
    enforce: "pre",
    transform(code, id) {
      // the entry Medusa's admin bundler writes; importing the font there loads it on every admin page
      if (/[\\/]entry\.jsx$/.test(id)) return { code: `import "${FONT_PACKAGE}";\n${code}`, map: null }
      if (id.includes(FONT_PACKAGE) && id.endsWith(".css")) {
        return { code: code.replaceAll("'Noto Sans SC Variable'", "'Noto Sans'") + FONT_SANS, map: null }
      }
      return undefined
    },
  }
}
