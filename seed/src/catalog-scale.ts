import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * A large synthetic catalog for benchmarks, written straight into Medusa's tables by Postgres
 * (generate_series) — products, one variant each with a price in CNY, the sales channel — and into
 * our links (origin county, and every other product's certificate). Workflows would take hours for
 * 100,000 products; these rows are what they would have written, without their events (so the search
 * index is built afterwards by a reindex). Titles read like the shop's: a county, a quality, a product
 * and a pack, e.g. "布拖高山苦荞茶 500g".
 */

const QUALITIES = ["高山", "有机", "生态", "古树", "农家", "精选", "新鲜", "特级", "原生态", "手工"]
const GOODS = [
  "苹果",
  "花椒",
  "普洱茶",
  "苦荞茶",
  "核桃",
  "大米",
  "蜂蜜",
  "土豆",
  "牛肉干",
  "木耳",
  "香菇",
  "红糖",
  "茶油",
  "小米",
  "荞麦面",
  "猕猴桃",
  "脐橙",
  "腊肉",
  "山羊肉",
  "菜籽油",
]
const PACKS = ["500g", "1kg", "2.5kg", "5斤装", "礼盒装", "家庭装"]

/** 布拖县 → 布拖, 木里藏族自治县 → 木里: what a generated product's title calls its county. */
export const countyShortName = (name: string) =>
  name.replace(/(藏族|土家族苗族|土家族|侗族|苗族)?自治县$|[县区市]$/, "")

export interface ScaleCounty {
  /** The county's division row (the product's origin link); without it, no origin links (a backend without them). */
  id?: string
  /** What titles call it: "布拖" for 布拖县. */
  short: string
}

const list = (values: readonly string[]) =>
  `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]::text[]`

export async function generateCatalog(
  db: Knex,
  options: {
    /** The number of the first product (ids and handles `…scale<n>`): after an earlier run's last. */
    first?: number
    products: number
    channelId: string
    counties: ScaleCounty[]
    certificateId?: string
    onProgress?: (done: number) => void
  }
) {
  const places = list(options.counties.map((c) => c.short))
  const divisionIds = options.counties.map((c) => c.id).filter((id): id is string => !!id)
  const divisions = list(divisionIds)
  const batch = 20_000
  const first = options.first ?? 1
  const last = first + options.products - 1
  for (let from = first; from <= last; from += batch) {
    const to = Math.min(last, from + batch - 1)
    const series = `from generate_series(${from}, ${to}) n`
    // c: the county, q: the quality, g: the product, p: the pack; the price 5–504.90 元
    const pick = `
      1 + n % ${options.counties.length} as c, 1 + (n / 7) % ${QUALITIES.length} as q,
      1 + (n / 3) % ${GOODS.length} as g, 1 + n % ${PACKS.length} as p, 5 + (n * 37) % 500 + 0.9 as amount, n`
    await db.raw(`
      insert into product (id, title, handle, description, status, created_at, updated_at)
      select 'prod_scale' || lpad(n::text, 8, '0'),
        (${places})[c] || (${list(QUALITIES)})[q] || (${list(GOODS)})[g] || ' ' || (${list(PACKS)})[p],
        'scale-' || n,
        (${list(GOODS)})[g] || '，产自' || (${places})[c] || '，' || (${list(QUALITIES)})[q] || '种植，产地直发。',
        'published', now() - (n || ' seconds')::interval, now()
      from (select ${pick} ${series}) s`)
    await db.raw(`
      insert into product_variant (id, title, product_id, manage_inventory)
      select 'variant_scale' || lpad(n::text, 8, '0'), (${list(PACKS)})[1 + n % ${PACKS.length}],
        'prod_scale' || lpad(n::text, 8, '0'), false ${series}`)
    await db.raw(`insert into price_set (id) select 'pset_scale' || lpad(n::text, 8, '0') ${series}`)
    await db.raw(`
      insert into price (id, price_set_id, currency_code, amount, raw_amount)
      select 'price_scale' || lpad(n::text, 8, '0'), 'pset_scale' || lpad(n::text, 8, '0'), 'cny', amount,
        jsonb_build_object('value', amount::text, 'precision', 20)
      from (select ${pick} ${series}) s`)
    await db.raw(`
      insert into product_variant_price_set (id, variant_id, price_set_id)
      select 'pvps_scale' || lpad(n::text, 8, '0'), 'variant_scale' || lpad(n::text, 8, '0'), 'pset_scale' || lpad(n::text, 8, '0')
      ${series}`)
    await db.raw(
      `insert into product_sales_channel (id, product_id, sales_channel_id)
       select 'prodsc_scale' || lpad(n::text, 8, '0'), 'prod_scale' || lpad(n::text, 8, '0'), ? ${series}`,
      [options.channelId]
    )
    if (divisionIds.length === options.counties.length)
      await db.raw(`
      insert into product_product_provenance_division (id, product_id, division_id)
      select 'proddiv_scale' || lpad(n::text, 8, '0'), 'prod_scale' || lpad(n::text, 8, '0'), (${divisions})[c]
      from (select ${pick} ${series}) s`)
    if (options.certificateId)
      await db.raw(
        `insert into product_product_provenance_certificate (id, product_id, certificate_id)
         select 'prodcert_scale' || lpad(n::text, 8, '0'), 'prod_scale' || lpad(n::text, 8, '0'), ? ${series} where n % 2 = 0`,
        [options.certificateId]
      )
    options.onProgress?.(to - first + 1)
  }
  await db.raw("analyze product, product_variant, price, product_variant_price_set, product_sales_channel")
}
