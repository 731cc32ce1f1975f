import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { progressBar } from "@zhunong/common/server/progress-bar"
import { countyShortName, generateCatalog } from "./catalog-scale"

const Args = z.object({
  products: z.coerce
    .number("--products: 应为整数")
    .int("--products: 应为整数")
    .min(1, "--products: 至少1个")
    .max(1_000_000, "--products: 至多1,000,000个"),
})

/** `products 100000` → { products: 100000 } (`medusa exec` lets no `--option` through, so the launcher drops the dashes). */
function parseArgs(args: string[]) {
  const pairs = Object.fromEntries(args.flatMap((arg, i) => (i % 2 === 0 ? [[arg, args[i + 1]]] : [])))
  const parsed = Args.safeParse(pairs)
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "))
  return parsed.data
}

/**
 * Run by `npm run seed:scale` (scripts/seed-scale.ts) on a seeded database: N more products from the
 * demo's paired counties, bulk-loaded by Postgres into Medusa's product, variant, price and
 * sales-channel tables and our origin links (every other one with a valid certificate) —
 * `seed/src/catalog-scale.ts`. Additive: each run numbers its products after the last run's.
 */
export default async function seedScale({ container, args }: ExecArgs) {
  const { products } = parseArgs(args)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const pairings = await provenance.listPairings({}, { select: ["division_code"], take: null })
  const counties = await provenance.listDivisions(
    { code: [...new Set(pairings.map((p) => p.division_code))], level: "county" },
    { select: ["id", "name"], take: null }
  )
  const [certificate] = await provenance.listCertificates({ status: "valid" }, { select: ["id"], take: 1 })
  if (!store?.default_sales_channel_id || !counties.length)
    throw new Error("The database is not seeded: run `npm start` once before `npm run seed:scale`.")

  const {
    rows: [{ count }],
  } = await db.raw<{ rows: { count: number }[] }>(
    `select count(*)::int as count from product where id like 'prod_scale%'`
  )
  const bar = progressBar("Products", products)
  await generateCatalog(db, {
    first: count + 1,
    products,
    channelId: store.default_sales_channel_id,
    counties: counties.map((c) => ({ id: c.id, short: countyShortName(c.name) })),
    certificateId: certificate?.id,
    onProgress: bar.update,
  })
  bar.finish()
}
