import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { addEntriesToRollupSql, fillRollupSql, ROLLUPS } from "@zhunong/assistance-stats/dimensions"
import { UNIT_TYPES } from "@zhunong/common/purchase-rules"

/**
 * A large synthetic 台账 for benchmarks, written straight into `ledger_entry` by Postgres
 * (generate_series), with the rollups built from it. Shaped like the real thing where it decides
 * the cost of statistics: 2 provinces, 10 cities and 46 districts buying; 20 units per jurisdiction,
 * each of one type; 60 western counties with 5 suppliers each; a jurisdiction buys 85% from its 10
 * paired counties; 70% personal purchases, 20% canteen, 10% union gifts and welfare; 3% reversals;
 * 36 months. The hash chain is not real (rows are not appended one by one), so `verify` rejects it.
 *
 * Every tenth row belongs to 宁波 (330200) and its three districts: exactly a tenth of the ledger,
 * which the export benchmark reads.
 */
export const NINGBO = ["330200", "330203", "330205", "330282"]
const CITIES = ["330100", "330300", "330400", "330500", "330600", "330700", "330800", "330900", "331000"]
const OTHERS = [
  ...CITIES,
  ...CITIES.flatMap((c) => [1, 2, 3].map((d) => `${c.slice(0, 4)}0${d}`)),
  ...Array.from({ length: 16 }, (_, i) => `3101${String(i + 1).padStart(2, "0")}`),
]

/** The jurisdictions the generated units belong to, for an office's subtree. */
export const SCALE_JURISDICTIONS = [
  { code: "310000", name: "上海市" },
  { code: "330000", name: "浙江省" },
  ...[...CITIES, "330200"].map((code) => ({ code, name: `市${code}`, parent_code: "330000" })),
  ...[...OTHERS, ...NINGBO]
    .filter((c) => !c.endsWith("00"))
    .map((code) => ({
      code,
      name: `区${code}`,
      parent_code: code.startsWith("3101") ? "310000" : `${code.slice(0, 4)}00`,
    })),
]

const list = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(",")}]`
const PROVINCES = ["51", "52", "53", "62", "63", "65"]

export async function generateLedger(db: Knex, rows: number, onProgress: (message: string) => void) {
  const started = Date.now()
  const indexes: { indexname: string; indexdef: string }[] = (
    await db.raw(
      `select indexname, indexdef from pg_indexes where tablename = 'ledger_entry' and indexname <> 'ledger_entry_pkey'`
    )
  ).rows
  for (const index of indexes) await db.raw(`drop index "${index.indexname}"`)
  await db.raw("truncate ledger_entry")
  for (const rollup of ROLLUPS) await db.raw(`truncate ${rollup.table}`)

  const batch = 1_000_000
  for (let from = 1; from <= rows; from += batch) {
    const to = Math.min(rows, from + batch - 1)
    // j: the buying jurisdiction; u: its unit (0 = none, a shopper in no unit); c: the county (0–59); r: channel draw
    await db.raw(`
      insert into ledger_entry (id, seq, entry_key, kind, purchase_type, occurred_at, day, month, order_id, order_display_id, order_item_id,
        product_id, product_title, quantity, amount_fen, supplier_id, supplier_name, county_code, prefecture_code, province_code, poverty_exit,
        certificates, unit_id, unit_name, unit_type, jurisdiction_code, jurisdiction_chain, channel, funding, pairing_types, counted,
        not_counted_reason, prev_hash, hash)
      select 'led_' || g, g, 'sale:item_' || g, case when g % 33 = 0 then 'reversal' else 'sale' end, 'direct',
        make_date(2024 + m / 12, m % 12 + 1, 1 + g % 28)::timestamptz, to_char(make_date(2024 + m / 12, m % 12 + 1, 1 + g % 28), 'YYYY-MM-DD'),
        to_char(make_date(2024 + m / 12, m % 12 + 1, 1), 'YYYY-MM'), 'order_' || g / 3, g / 3, 'item_' || g,
        'prod_' || c || '_' || g % 20, (array['苦荞茶','土豆','核桃','牦牛肉干','花椒'])[1 + g % 5], q, sign * q * (990 + (g::bigint * 7919) % 9000)::int,
        'sup_' || c || '_' || g % 5, '合作社' || c || '-' || g % 5, county, substr(county, 1, 4) || '00', substr(county, 1, 2) || '0000', c % 5 <> 0,
        case when certified then '[{"id":"cert","type":"assistance_product","number":"FP-0001"}]'::jsonb else '[]'::jsonb end,
        case when u = 0 then null else 'unit_' || jur || '_' || u end, case when u = 0 then null else '单位' || jur || '-' || u end,
        case when u = 0 then null else (${list(UNIT_TYPES)})[1 + u % 8] end, case when u = 0 then null else jur end,
        case when u = 0 then null else jsonb_build_array(jur) end,
        (array['personal','canteen','holiday_gift','welfare'])[ch], (array['personal','budget','union','union'])[ch],
        case when paired then '["east_west"]'::jsonb else '[]'::jsonb end,
        certified and u <> 0 and (paired or c % 5 <> 0),
        case when not certified then 'not_certified' when u = 0 then 'no_unit' when not (paired or c % 5 <> 0) then 'not_assisted_county' end,
        md5((g - 1)::text) || md5(g::text), md5(g::text) || md5((g + 1)::text)
      from (
        select g, m, j, jur, u, c, paired, certified, sign, q, county,
          case when u = 0 or r < 70 then 1 when r < 90 then 2 when r < 97 then 3 else 4 end as ch
        from (
          select g, m, j, jur, u, c, c_paired as paired, certified, sign, q, r,
            (${list(PROVINCES)})[1 + c / 10] || lpad((1 + c % 10 / 5)::text, 2, '0') || lpad((21 + c % 5)::text, 2, '0') as county
          from (
            select g, (g / 7) % 36 as m, j, jurs[1 + j] as jur, case when g % 50 = 7 then 0 else 1 + (g / 11) % 20 end as u,
              case when g % 100 < 85 then (j * 7 + (g / 13) % 10) % 60 else (g / 17) % 60 end as c,
              g % 100 < 85 as c_paired, g % 10 <> 3 as certified, case when g % 33 = 0 then -1 else 1 end as sign, 1 + g % 3 as q, (g / 19) % 100 as r
            from (
              select g, ${list([...NINGBO, ...OTHERS])} as jurs,
                case when g % 10 = 0 then (g / 10) % ${NINGBO.length} else ${NINGBO.length} + (g / 10) % ${OTHERS.length} end as j
              from generate_series(${from}, ${to}) g
            ) picked
          ) drawn
        ) placed
      ) rows`)
    onProgress(
      `ledger rows ${to.toLocaleString("en")} / ${rows.toLocaleString("en")} (${Math.round((Date.now() - started) / 1000)} s)`
    )
  }
  for (const index of indexes) await db.raw(index.indexdef)
  onProgress(`indexes rebuilt (${Math.round((Date.now() - started) / 1000)} s)`)

  // The fine rollup as appends would have built it (nothing completed: no part was accepted and rated), then the coarse ones.
  await db.raw(addEntriesToRollupSql("true", "0"))
  for (const rollup of ROLLUPS.filter((r) => r.table !== "ledger_rollup")) await db.raw(fillRollupSql(rollup))
  await db.raw("vacuum analyze ledger_entry")
  for (const rollup of ROLLUPS) await db.raw(`vacuum analyze ${rollup.table}`)
  onProgress(`rollups built (${Math.round((Date.now() - started) / 1000)} s)`)
}
