import { describe, expect, it } from "vitest"
import { assertTransition, TRANSITIONS, type CertificateStatus } from "../lifecycle"

const ALL = Object.keys(TRANSITIONS) as CertificateStatus[]
const LEGAL: [CertificateStatus, CertificateStatus][] = [
  ["applied", "under_review"],
  ["applied", "rejected"],
  ["under_review", "publicity"],
  ["under_review", "rejected"],
  ["publicity", "valid"],
  ["publicity", "rejected"],
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
    expect(() => assertTransition(from, to, "原因")).toThrow(expect.objectContaining({ type: "not_allowed", message: expect.stringContaining(`(${from})`) }))
    expect(() => assertTransition(from, to, "原因")).toThrow(expect.objectContaining({ message: expect.stringContaining(`(${to})`) }))
  })

  it.each([["applied", "rejected"], ["valid", "suspended"], ["suspended", "revoked"]] as const)(
    "requires a reason for %s → %s",
    (from, to) => {
      expect(() => assertTransition(from, to, "  ")).toThrow(expect.objectContaining({ type: "invalid_data", message: expect.stringMatching(/^reason:/) }))
      expect(() => assertTransition(from, to, "抽检不合格")).not.toThrow()
    }
  )

  it("says a terminal state is terminal", () => {
    expect(() => assertTransition("revoked", "valid")).toThrow(/终止状态/)
  })
})
