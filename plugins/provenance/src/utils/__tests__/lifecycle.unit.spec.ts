import { describe, expect, it } from "vitest"
import { assertTransition, assertWithinValidity, TRANSITIONS, type CertificateStatus } from "../lifecycle"

const ALL = Object.keys(TRANSITIONS) as CertificateStatus[]
const LEGAL: [CertificateStatus, CertificateStatus][] = [
  ["applied", "under_review"],
  ["applied", "rejected"],
  ["under_review", "publicity"],
  ["under_review", "rejected"],
  ["publicity", "valid"],
  ["publicity", "rejected"],
  ["publicity", "expired"],
  ["valid", "suspended"],
  ["valid", "revoked"],
  ["valid", "expired"],
  ["suspended", "valid"],
  ["suspended", "revoked"],
  ["suspended", "expired"],
]
const isLegal = (from: CertificateStatus, to: CertificateStatus) => LEGAL.some(([f, t]) => f === from && t === to)

describe("certificate lifecycle", () => {
  it("allows exactly the documented transitions", () => {
    const allowed = ALL.flatMap((from) => TRANSITIONS[from].map((to) => [from, to]))
    expect(allowed.sort()).toEqual([...LEGAL].sort())
  })

  const illegal = ALL.flatMap((from) => ALL.filter((to) => !isLegal(from, to)).map((to) => [from, to] as const))
  it.each(illegal)("refuses %s → %s with an error that names both states", (from, to) => {
    expect(() => assertTransition(from, to, "原因")).toThrow(
      expect.objectContaining({ type: "not_allowed", message: expect.stringContaining(`(${from})`) })
    )
    expect(() => assertTransition(from, to, "原因")).toThrow(
      expect.objectContaining({ message: expect.stringContaining(`(${to})`) })
    )
  })

  it.each([
    ["applied", "rejected"],
    ["valid", "suspended"],
    ["suspended", "revoked"],
  ] as const)("requires a reason for %s → %s", (from, to) => {
    expect(() => assertTransition(from, to, "  ")).toThrow(
      expect.objectContaining({ type: "invalid_data", message: expect.stringMatching(/^reason:/) })
    )
    expect(() => assertTransition(from, to, "抽检不合格")).not.toThrow()
  })

  it("says a terminal state is terminal", () => {
    expect(() => assertTransition("revoked", "valid")).toThrow(/终止状态/)
  })
})

describe("validity window", () => {
  const window = { valid_from: "2026-01-01", valid_to: "2026-12-31" }
  it("lets a certificate become valid on the first and the last day of its window", () => {
    expect(() => assertWithinValidity("valid", window, "2026-01-01")).not.toThrow()
    expect(() => assertWithinValidity("valid", window, "2026-12-31")).not.toThrow()
  })
  it("refuses 有效 after the window ended, naming valid_to, and before it begins, naming valid_from", () => {
    expect(() => assertWithinValidity("valid", window, "2027-01-01")).toThrow(
      expect.objectContaining({
        type: "not_allowed",
        message: expect.stringMatching(/^valid_to: 有效期已于 2026-12-31 结束/),
      })
    )
    expect(() => assertWithinValidity("valid", window, "2025-12-31")).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^valid_from: 有效期自 2026-01-01 起/) })
    )
  })
  it("leaves other moves alone (a lapsed certificate can still be expired, suspended or revoked)", () => {
    for (const to of ["expired", "suspended", "revoked", "rejected"] as const)
      expect(() => assertWithinValidity(to, window, "2030-01-01")).not.toThrow()
  })
})
