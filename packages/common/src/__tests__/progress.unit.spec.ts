import { describe, expect, it } from "vitest"
import { progress, shareOf, yearElapsed } from "../progress"

describe("target progress", () => {
  it("measures the year elapsed in whole Shanghai days", () => {
    expect(yearElapsed(2026, "2025-12-31")).toBe(0)
    expect(yearElapsed(2026, "2026-12-31")).toBe(1)
    expect(yearElapsed(2026, "2026-07-02")).toBeCloseTo(183 / 365, 6)
    expect(yearElapsed(2025, "2026-03-01")).toBe(1)
  })

  it("projects linearly to year end and says whether that reaches the target", () => {
    expect(progress(1_000_000, 250_000, 0.25)).toEqual({
      required_fen: 1_000_000,
      achieved_fen: 250_000,
      remaining_fen: 750_000,
      projected_fen: 1_000_000,
      on_track: true,
    })
    expect(progress(1_000_000, 200_000, 0.5)).toMatchObject({
      remaining_fen: 800_000,
      projected_fen: 400_000,
      on_track: false,
    })
    expect(progress(null, 5, 0.5)).toMatchObject({ required_fen: null, remaining_fen: null, on_track: null })
    expect(progress(100, 120, 1).remaining_fen).toBe(0)
  })

  it("takes shares in basis points to the fen", () => {
    expect(shareOf(320_000_000, 1_000)).toBe(32_000_000)
    expect(shareOf(333, 1_000)).toBe(33)
  })
})
