/**
 * Progress toward a yearly target: what is required, achieved, still missing, and where a straight
 * line through the year so far would end. Integer fen; days in Asia/Shanghai.
 */
export interface Progress {
  required_fen: number | null
  achieved_fen: number
  remaining_fen: number | null
  projected_fen: number
  on_track: boolean | null
}

const DAY_MS = 86_400_000

/** The share of `year` elapsed by `today` (YYYY-MM-DD): 0 before it, 1 after it. */
export function yearElapsed(year: number, today: string): number {
  const start = Date.parse(`${year}-01-01T00:00:00Z`)
  const end = Date.parse(`${year + 1}-01-01T00:00:00Z`)
  const now = Date.parse(`${today}T00:00:00Z`) + DAY_MS // today counts as elapsed
  return Math.min(1, Math.max(0, (now - start) / (end - start)))
}

export function progress(required: number | null, achieved: number, elapsed: number): Progress {
  const projected = elapsed > 0 ? Math.round(achieved / elapsed) : 0
  return {
    required_fen: required,
    achieved_fen: achieved,
    remaining_fen: required === null ? null : Math.max(0, required - achieved),
    projected_fen: projected,
    on_track: required === null ? null : projected >= required,
  }
}

/** A share of a base in basis points (1000 = 10%), in whole fen. */
export const shareOf = (baseFen: number, rateBp: number) => Math.round((baseFen * rateBp) / 10_000)
