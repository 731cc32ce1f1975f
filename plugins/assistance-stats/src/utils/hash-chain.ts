import { createHash } from "node:crypto"

/** The hash before the first entry. */
export const GENESIS = "0".repeat(64)

/**
 * Canonical JSON: keys sorted at every level, so the same entry always hashes the same whatever
 * order its fields were read in.
 */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  const object = value as Record<string, unknown>
  return `{${Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`)
    .join(",")}}`
}

/** An entry's hash: over the previous entry's hash, its position and its content. */
export const entryHash = (prevHash: string, seq: number, content: Record<string, unknown>) =>
  createHash("sha256")
    .update(`${prevHash}\n${seq}\n${canonical(content)}`)
    .digest("hex")

export interface ChainedEntry {
  seq: number
  prev_hash: string
  hash: string
  content: Record<string, unknown>
}

export type ChainBreak =
  | { seq: number; problem: "altered"; message: string }
  | { seq: number; problem: "missing_before"; message: string }
  | { seq: number; problem: "out_of_chain"; message: string }

/**
 * Walks entries in `seq` order from `prevHash`/`expectedSeq` and reports the first break: an entry
 * whose content no longer matches its hash (edited), a gap in the sequence (deleted), or an entry
 * that does not link to its predecessor (inserted or reordered out of band). Null when intact.
 */
export function firstBreak(entries: ChainedEntry[], prevHash = GENESIS, expectedSeq = 1): ChainBreak | null {
  let previous = prevHash
  let next = expectedSeq
  for (const entry of entries) {
    if (entry.seq !== next) {
      return {
        seq: entry.seq,
        problem: "missing_before",
        message: `第${next}–${entry.seq - 1}条台账记录缺失（被删除）`,
      }
    }
    if (entry.prev_hash !== previous) {
      return {
        seq: entry.seq,
        problem: "out_of_chain",
        message: `第${entry.seq}条台账记录与前一条不相连（在台账之外插入或改动了顺序）`,
      }
    }
    if (entryHash(entry.prev_hash, entry.seq, entry.content) !== entry.hash) {
      return { seq: entry.seq, problem: "altered", message: `第${entry.seq}条台账记录的内容与其哈希不符（被改动）` }
    }
    previous = entry.hash
    next++
  }
  return null
}
