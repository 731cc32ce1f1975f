const cny = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" })

/** Medusa amounts are exact decimals in yuan (39.9 = 39.90 元). */
export function formatCny(amount: number): string {
  return cny.format(amount)
}
