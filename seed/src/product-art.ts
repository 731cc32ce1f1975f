import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_SUPPLIERS } from "./demo-suppliers"

/**
 * Product pictures for the demo, drawn here as SVG (no downloads, no binary assets in the repo):
 * a landscape in the colours of the product's kind with its name and origin, uploaded through
 * Medusa's file module like a supplier's own photos.
 */
const PALETTES = {
  tea: ["#e8f3e1", "#7fb069", "#2f5d34"],
  "grain-oil": ["#fbf0d9", "#e0b04a", "#8a5a14"],
  "dried-goods": ["#f6e7dc", "#c0825a", "#6b3b22"],
  fresh: ["#fdeaea", "#e4707a", "#7d2430"],
  meat: ["#f9e4e0", "#b5524a", "#5e1f1a"],
} as const
export type ArtKind = keyof typeof PALETTES

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

export function productSvg(title: string, origin: string, kind: ArtKind): string {
  const [sky, hill, ink] = PALETTES[kind]
  const size = title.length > 7 ? 64 : 84
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
<rect width="800" height="800" fill="${sky}"/>
<circle cx="610" cy="190" r="90" fill="#fff" opacity="0.7"/>
<path d="M0 560 Q200 380 400 520 T800 470 V800 H0Z" fill="${hill}" opacity="0.55"/>
<path d="M0 640 Q260 520 520 630 T800 600 V800 H0Z" fill="${hill}"/>
<text x="400" y="330" text-anchor="middle" font-family="Noto Sans CJK SC, WenQuanYi Zen Hei, PingFang SC, sans-serif" font-size="${size}" font-weight="700" fill="${ink}">${escape(title)}</text>
<text x="400" y="730" text-anchor="middle" font-family="Noto Sans CJK SC, WenQuanYi Zen Hei, PingFang SC, sans-serif" font-size="34" fill="#fff">${escape(origin)}</text>
</svg>`
}

interface ProductRow {
  id: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  categories?: { handle: string }[] | null
  division?: { name: string } | null
  supplier?: { name: string } | null
}

/** A picture for every product that has none: the demo catalog and the suppliers' own listings. */
export async function seedProductArt(container: MedusaContainer) {
  container.resolve(ContainerRegistrationKeys.LOGGER).info("Drawing product pictures…")
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "subtitle", "thumbnail", "categories.handle", "division.name", "supplier.name"],
  })
  const listed = new Map(DEMO_SUPPLIERS.flatMap((s) => (s.lists ? [[s.lists.title, s.lists.kind] as const] : [])))
  const bare = (data as ProductRow[]).filter((p) => !p.thumbnail)
  if (!bare.length) return
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: bare.map((p) => {
        const category = p.categories?.[0]?.handle
        const kind: ArtKind =
          category && category in PALETTES ? (category as ArtKind) : (listed.get(p.title) ?? "fresh")
        const origin = p.subtitle || p.division?.name || p.supplier?.name || ""
        return {
          filename: `product-${p.id}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(productSvg(p.title, origin, kind)).toString("base64"),
          access: "public" as const,
        }
      }),
    },
  })
  await updateProductsWorkflow(container).run({
    input: { products: bare.map((p, i) => ({ id: p.id, thumbnail: files[i].url, images: [{ url: files[i].url }] })) },
  })
}
