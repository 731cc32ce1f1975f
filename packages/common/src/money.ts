/** Integer fen as yuan with two decimals ("1234.50"), by integer arithmetic: no binary floats. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? "-" : ""
  const abs = Math.abs(Math.trunc(fen))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

/** A yuan amount typed by a person ("12", "12.5", "12.50") as integer fen, or null when it is not one. */
export function parseYuan(text: string): number | null {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"))
}
