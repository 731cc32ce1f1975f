/** The rollup's key columns, in its primary key's order; '' stands for "none" (no unit, no county…). */
export const ROLLUP_KEY = [
  "month",
  "jurisdiction_code",
  "unit_id",
  "unit_type",
  "parent_unit_id",
  "province_code",
  "prefecture_code",
  "county_code",
  "poverty_exit",
  "pairing_type",
  "certificate_type",
  "channel",
  "funding",
  "supplier_id",
  "purchase_type",
  "counted",
  "not_counted_reason",
] as const
export type RollupKey = Record<RollupColumn, string | boolean>

export type RollupColumn = (typeof ROLLUP_KEY)[number]

/** The dimensions statistics group and filter by, and the rollup column each reads. Money in fen. */
export const DIMENSION_COLUMN = {
  month: "month",
  quarter: "month",
  year: "month",
  unit: "unit_id",
  unit_type: "unit_type",
  parent_unit: "parent_unit_id",
  jurisdiction: "jurisdiction_code",
  province: "province_code",
  prefecture: "prefecture_code",
  county: "county_code",
  poverty_exit: "poverty_exit",
  pairing_type: "pairing_type",
  certificate_type: "certificate_type",
  channel: "channel",
  funding: "funding",
  supplier: "supplier_id",
  purchase_type: "purchase_type",
  counted: "counted",
  not_counted_reason: "not_counted_reason",
} as const satisfies Record<string, RollupColumn>

export type Dimension = keyof typeof DIMENSION_COLUMN
export const DIMENSION_NAMES = Object.keys(DIMENSION_COLUMN) as Dimension[]

/** The SQL each dimension groups by: its column, quarter and year computed from the month. */
export const DIMENSIONS: Record<Dimension, string> = {
  ...DIMENSION_COLUMN,
  quarter: "substr(month, 1, 4) || '-Q' || ((substr(month, 6, 2)::int + 2) / 3)",
  year: "substr(month, 1, 4)",
}

/**
 * The rollups, coarsest first. Each sums the ledger over a subset of the dimensions, all kept in the
 * same transaction as the append; a query reads the coarsest one holding every column it groups or
 * filters by. The fine rollup has as many rows as there are distinct (unit, supplier, county…)
 * combinations a month — nearly the ledger itself at scale — so the overview questions (a subtree
 * by month or jurisdiction; by channel, funding, unit type, why not counted; by origin county and
 * pairing; by unit) have rollups of their own, tens to thousands of ledger rows to a cell. Measured
 * in docs/benchmarks.md.
 */
export const ROLLUPS: { table: string; key: readonly RollupColumn[] }[] = [
  { table: "ledger_rollup_jurisdiction", key: ["month", "jurisdiction_code", "counted"] },
  {
    table: "ledger_rollup_month",
    key: [
      "month",
      "jurisdiction_code",
      "unit_type",
      "poverty_exit",
      "channel",
      "funding",
      "purchase_type",
      "counted",
      "not_counted_reason",
    ],
  },
  {
    table: "ledger_rollup_origin",
    key: [
      "month",
      "jurisdiction_code",
      "province_code",
      "prefecture_code",
      "county_code",
      "poverty_exit",
      "pairing_type",
      "counted",
    ],
  },
  {
    table: "ledger_rollup_unit",
    key: ["month", "jurisdiction_code", "unit_id", "unit_type", "parent_unit_id", "counted"],
  },
  { table: "ledger_rollup", key: ROLLUP_KEY },
]

/** The coarsest rollup holding all these columns. */
export const rollupFor = (columns: RollupColumn[]) => ROLLUPS.find((r) => columns.every((c) => r.key.includes(c)))!

export const ROLLUP_MEASURES = ["amount_fen", "quantity", "lines", "completed_fen"] as const

const BOOLEAN_KEYS = new Set<RollupColumn>(["poverty_exit", "counted"])

/**
 * Migration SQL creating these coarse rollups' tables (key columns as primary key, the measures, an
 * index for a subtree's months) and filling them from the fine rollup.
 */
export function createRollupsSql(tables: string[]): string[] {
  return ROLLUPS.filter((r) => tables.includes(r.table)).flatMap((rollup) => [
    `create table if not exists "${rollup.table}" (
      ${rollup.key.map((c) => `"${c}" ${BOOLEAN_KEYS.has(c) ? "boolean" : "text"} not null`).join(",\n      ")},
      "amount_fen" bigint not null,
      "quantity" bigint not null,
      "lines" bigint not null,
      "completed_fen" bigint not null default 0,
      constraint "${rollup.table}_pkey" primary key (${rollup.key.map((c) => `"${c}"`).join(", ")})
    );`,
    `create index if not exists "IDX_${rollup.table}_jurisdiction_month" on "${rollup.table}" ("jurisdiction_code", "month");`,
    `${fillRollupSql(rollup)} on conflict do nothing;`,
  ])
}

/** Fills a coarse rollup from the fine one (which holds every key column): for migrations and bulk loads. */
export function fillRollupSql(rollup: { table: string; key: readonly RollupColumn[] }): string {
  const key = rollup.key.join(", ")
  return `insert into ${rollup.table} (${key}, ${ROLLUP_MEASURES.join(", ")})
    select ${key}, ${ROLLUP_MEASURES.map((m) => `sum(${m})`).join(", ")} from ledger_rollup group by ${key}`
}

/** Each fine rollup key column as SQL over a ledger_entry row: what rollupKeyOf computes for an entry. */
const ENTRY_KEY_SQL: Record<RollupColumn, string> = {
  month: "month",
  jurisdiction_code: "coalesce(jurisdiction_code, '')",
  unit_id: "coalesce(unit_id, '')",
  unit_type: "coalesce(unit_type, '')",
  parent_unit_id: "coalesce(unit_parent_chain -> 0 ->> 'id', '')",
  province_code: "coalesce(province_code, '')",
  prefecture_code: "coalesce(prefecture_code, '')",
  county_code: "coalesce(county_code, '')",
  poverty_exit: "poverty_exit",
  pairing_type: "coalesce(pairing_types ->> 0, '')",
  certificate_type: `coalesce((select min(c ->> 'type' collate "C") from jsonb_array_elements(certificates) c), '')`,
  channel: "channel",
  funding: "funding",
  supplier_id: "coalesce(supplier_id, '')",
  purchase_type: "purchase_type",
  counted: "counted",
  not_counted_reason: "coalesce(not_counted_reason, '')",
}

/**
 * Adds ledger rows written in bulk (`where` selects them; a benchmark's generated ledger, seed:scale's
 * appended one) to the fine rollup, as appends would have: lines count everything but reversals;
 * `completed` is the SQL of a row's completed amount. Coarse rollups are then refilled from it.
 */
export function addEntriesToRollupSql(where: string, completed: string): string {
  const key = ROLLUP_KEY.map((c) => ENTRY_KEY_SQL[c])
  return `insert into ledger_rollup (${ROLLUP_KEY.join(", ")}, ${ROLLUP_MEASURES.join(", ")})
    select ${key.join(", ")}, sum(amount_fen), sum(quantity), count(*) filter (where kind <> 'reversal'), sum(${completed})
      from ledger_entry where ${where} group by ${key.map((_, i) => i + 1).join(", ")}
    on conflict (${ROLLUP_KEY.join(", ")}) do update set
      ${ROLLUP_MEASURES.map((m) => `${m} = ledger_rollup.${m} + excluded.${m}`).join(", ")}`
}
