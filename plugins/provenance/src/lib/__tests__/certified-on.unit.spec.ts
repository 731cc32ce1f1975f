import { describe, expect, it } from "vitest"
import { certificatesValidAt, statusAt } from "../certified-on"
import { addDays, endOfShanghaiDay, isCalendarDate, shanghaiDate } from "@zhunong/common/dates"

const at = (iso: string) => new Date(iso)
const certificate = {
  id: "cert_1",
  type: "assistance_product",
  number: "BF-2024-001",
  valid_from: "2024-01-01",
  valid_to: "2024-12-31",
  events: [
    { to_status: "applied", occurred_at: at("2023-11-01T02:00:00Z") },
    { to_status: "valid", occurred_at: at("2023-12-20T02:00:00Z") },
    // revoked at 10:00 Shanghai time on 2024-06-15
    { to_status: "revoked", occurred_at: at("2024-06-15T02:00:00Z") },
  ],
}

describe("Shanghai calendar dates", () => {
  it("turns the instant into the Shanghai day, not the UTC day", () => {
    expect(shanghaiDate(at("2024-03-31T16:30:00Z"))).toBe("2024-04-01")
    expect(shanghaiDate(at("2024-03-31T15:59:59Z"))).toBe("2024-03-31")
    expect(endOfShanghaiDay("2024-04-01").toISOString()).toBe("2024-04-01T15:59:59.999Z")
  })
  it("rejects impossible dates and adds days across months", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true)
    expect(isCalendarDate("2023-02-29")).toBe(false)
    expect(isCalendarDate("2024-13-01")).toBe(false)
    expect(addDays("2024-12-15", 30)).toBe("2025-01-14")
  })
})

describe("certified on a date", () => {
  it("reads the status in force at an instant from the history", () => {
    expect(statusAt(certificate.events, at("2023-10-01T00:00:00Z"))).toBeNull()
    expect(statusAt(certificate.events, at("2024-06-15T01:59:59Z"))).toBe("valid")
    expect(statusAt(certificate.events, at("2024-06-15T02:00:00Z"))).toBe("revoked")
  })

  it("does not count before the validity window even when already published", () => {
    expect(certificatesValidAt([certificate], at("2023-12-31T15:59:59Z"))).toEqual([])
    expect(certificatesValidAt([certificate], at("2023-12-31T16:00:00Z"))).toHaveLength(1) // 2024-01-01 00:00 Shanghai
  })

  it("keeps counting sales made before a later revocation", () => {
    expect(certificatesValidAt([certificate], at("2024-06-15T01:59:00Z"))).toHaveLength(1)
    expect(certificatesValidAt([certificate], "2024-06-14")).toHaveLength(1)
    expect(certificatesValidAt([certificate], at("2024-06-15T02:01:00Z"))).toEqual([])
    // a bare date means the end of that day: revoked during it, so it does not count
    expect(certificatesValidAt([certificate], "2024-06-15")).toEqual([])
  })

  it("stops counting after valid_to (Shanghai), whatever the lifecycle says", () => {
    const neverRevoked = { ...certificate, events: certificate.events.slice(0, 2) }
    expect(certificatesValidAt([neverRevoked], "2024-12-31")).toHaveLength(1)
    expect(certificatesValidAt([neverRevoked], at("2024-12-31T15:59:59Z"))).toHaveLength(1)
    expect(certificatesValidAt([neverRevoked], at("2024-12-31T16:00:00Z"))).toEqual([])
  })

  it("filters by certificate type", () => {
    const neverRevoked = { ...certificate, events: certificate.events.slice(0, 2) }
    expect(certificatesValidAt([neverRevoked], "2024-05-01", "organic")).toEqual([])
    expect(certificatesValidAt([neverRevoked], "2024-05-01", "assistance_product")).toHaveLength(1)
  })
})
