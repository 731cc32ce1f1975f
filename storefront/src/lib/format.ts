const cny = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" })

/** Medusa amounts are exact decimals in yuan (39.9 = 39.90 元). Always shown the Chinese way: ¥39.90. */
export function formatCny(amount: number): string {
  return cny.format(amount)
}

/** Our plugins count integer fen; divided by 100 only here, for display. */
export function formatFen(fen: number): string {
  return cny.format(fen / 100)
}

/** A calendar day in Asia/Shanghai, where the shop's buyers and the ledger's counting dates are. */
export function formatDate(value: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(value))
}

/**
 * Fen as 万元 with two decimals, the way Chinese reports state amounts (1.23万元), rounded by integer
 * arithmetic; the exact 元 goes beside it in a title or a table.
 */
export function formatWan(fen: number): string {
  const hundredths = Math.round(Math.abs(fen) / 10_000)
  const text = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`
  return `${fen < 0 ? "-" : ""}${text}`
}
