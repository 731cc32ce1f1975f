import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { appendEntriesInBulk } from "@zhunong/assistance-stats/workflows"
import { shanghaiDate } from "@zhunong/common/dates"
import { progressBar } from "@zhunong/common/server/progress-bar"
import { countyShortName, generateCatalog } from "./catalog-scale"
import { bulkLedgerDrafts, ledgerTemplates } from "./ledger-bulk"
import { copiedOrderEntries, copyOrders, countCopiedOrderEntries, ledgerRowsByOrder } from "./orders-bulk"

const count = (option: string, max: number) =>
  z.coerce
    .number(`--${option}: 应为整数`)
    .int(`--${option}: 应为整数`)
    .min(1, `--${option}: 至少1`)
    .max(max, `--${option}: 至多${max.toLocaleString("en")}`)
    .optional()

const Args = z
  .strictObject(
    {
      products: count("products", 1_000_000),
      orders: count("orders", 5_000_000),
      ledger: count("ledger", 20_000_000),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? `未知的选项 ${issue.keys.map((k) => `--${k}`).join(" ")}` : undefined,
    }
  )
  .refine((args) => args.products || args.orders || args.ledger, "请给出 --products N、--orders N 或 --ledger N")

/** `products 100000` → { products: 100000 } (`medusa exec` lets no `--option` through, so the launcher drops the dashes). */
function parseArgs(args: string[]) {
  const pairs = Object.fromEntries(args.flatMap((arg, i) => (i % 2 === 0 ? [[arg, args[i + 1]]] : [])))
  const parsed = Args.safeParse(pairs)
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "))
  return parsed.data
}

/**
 * Run by `npm run seed:scale` (scripts/seed-scale.ts) on a seeded database, additive, each part
 * bulk-loaded where workflows would take hours:
 * - `products N`: N more products from the demo's paired counties, written by Postgres into Medusa's
 *   product, variant, price and sales-channel tables and our origin links (every other one with a
 *   valid certificate) — `seed/src/catalog-scale.ts`; each run numbers its products after the last's.
 * - `orders N`: N copies of the demo year's orders in Medusa's order tables and ours, moved back up to
 *   three years, with their 台账 rows — seed/src/orders-bulk.ts.
 * - `ledger N`: N more 台账 rows repeating the demo year's sales, chained and rolled up like appends.
 */
export default async function seedScale({ container, args }: ExecArgs) {
  const { products, orders, ledger } = parseArgs(args)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if (products) await addProducts(container, db, products)
  if (orders) await addOrders(container, db, orders)
  if (ledger) await addLedgerRows(container, db, ledger)
}

async function addProducts(container: MedusaContainer, db: Knex, products: number) {
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

/**
 * N more 台账 rows repeating the demo year's sales up to three years earlier (seed/src/ledger-bulk.ts),
 * chained and added to the rollups in one COPY transaction. Rows more than 30 days old count as
 * completed (paid, delivered, accepted, rated), as the demo year's own are.
 */
async function addLedgerRows(container: MedusaContainer, db: Knex, rows: number) {
  const templates = await ledgerTemplates(db)
  if (!templates.length)
    throw new Error("The ledger has no sales to repeat: run `npm start` once (with the demo year).")
  const bar = progressBar("Ledger rows", rows)
  await appendEntriesInBulk(
    container,
    (firstSeq) => bulkLedgerDrafts(templates, rows, firstSeq),
    { before: shanghaiDate(new Date(Date.now() - 30 * 86_400_000)) },
    bar.update
  )
  bar.finish()
}

/** N copies of the demo year's orders, then their 台账 rows, completed where their parts have all 832 steps. */
async function addOrders(container: MedusaContainer, db: Knex, orders: number) {
  const ordersBar = progressBar("Orders", orders)
  const copies = await copyOrders(db, orders, ordersBar.update)
  ordersBar.finish()
  // read before the append, which holds the ledger against every other reader until it is done
  const templates = await ledgerRowsByOrder(db)
  const bar = progressBar("Their ledger rows", await countCopiedOrderEntries(db, copies))
  await appendEntriesInBulk(container, () => copiedOrderEntries(db, copies, templates), "steps", bar.update)
  bar.finish()
}
