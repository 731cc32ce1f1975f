import { describe, expect, it } from "vitest"
import { canonical, entryHash, firstBreak, GENESIS, type ChainedEntry } from "../hash-chain"

function chain(contents: Record<string, unknown>[]): ChainedEntry[] {
  const entries: ChainedEntry[] = []
  let prev = GENESIS
  contents.forEach((content, i) => {
    const hash = entryHash(prev, i + 1, content)
    entries.push({ seq: i + 1, prev_hash: prev, hash, content })
    prev = hash
  })
  return entries
}

const rows = [
  { order_item_id: "a", amount_fen: 6990, counted: true },
  { order_item_id: "b", amount_fen: 12800, counted: false },
  { order_item_id: "c", amount_fen: -6990, counted: true },
]

describe("ledger hash chain", () => {
  it("hashes content canonically, whatever the key order", () => {
    expect(canonical({ b: 1, a: [{ y: 2, x: null }] })).toBe('{"a":[{"x":null,"y":2}],"b":1}')
    expect(entryHash(GENESIS, 1, { a: 1, b: 2 })).toBe(entryHash(GENESIS, 1, { b: 2, a: 1 }))
  })

  it("finds an intact chain intact", () => {
    expect(firstBreak(chain(rows))).toBeNull()
  })

  it("reports the first edited, deleted or inserted entry", () => {
    const edited = chain(rows)
    edited[1] = { ...edited[1], content: { ...edited[1].content, amount_fen: 1 } }
    expect(firstBreak(edited)).toMatchObject({ seq: 2, problem: "altered" })

    const deleted = chain(rows).filter((e) => e.seq !== 2)
    expect(firstBreak(deleted)).toMatchObject({ seq: 3, problem: "missing_before" })

    const entries = chain(rows)
    const forged = { seq: 3, prev_hash: GENESIS, content: { order_item_id: "x", amount_fen: 1 }, hash: "" }
    forged.hash = entryHash(forged.prev_hash, 3, forged.content)
    expect(firstBreak([...entries.slice(0, 2), forged])).toMatchObject({ seq: 3, problem: "out_of_chain" })
  })
})
