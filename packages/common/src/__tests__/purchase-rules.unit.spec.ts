import { describe, expect, it } from "vitest"
import {
  allowedIntents,
  CHANNELS,
  FUNDINGS,
  intentProblem,
  MEMBER_ROLES,
  UNIT_TYPES,
  type Channel,
  type Funding,
} from "../purchase-rules"

describe("who may buy what", () => {
  it("lets any member buy for themselves with their own money, and only that way", () => {
    for (const role of MEMBER_ROLES) {
      for (const type of UNIT_TYPES) expect(intentProblem(role, type, "personal", "personal")).toBeNull()
    }
    expect(intentProblem("unit_admin", "school", "canteen", "personal")).toEqual({
      field: "channel",
      message: "个人只能用于个人消费，不能用于食堂采购",
    })
  })

  it("gives the budget to procurement officers of budget units, for canteens and offices only", () => {
    expect(intentProblem("procurement_officer", "party_government", "canteen", "budget")).toBeNull()
    expect(intentProblem("procurement_officer", "hospital", "office", "budget")).toBeNull()
    expect(intentProblem("member", "party_government", "canteen", "budget")?.message).toBe(
      "财政预算只能由采购员使用，你在本单位的角色是职工"
    )
    expect(intentProblem("unit_admin", "school", "canteen", "budget")?.field).toBe("funding")
    expect(intentProblem("procurement_officer", "state_enterprise", "canteen", "budget")?.message).toBe(
      "国有企业不是预算单位，不能使用财政预算"
    )
    expect(intentProblem("procurement_officer", "school", "holiday_gift", "budget")?.field).toBe("channel")
  })

  it("gives union funds to union officers, for holiday gifts and welfare only", () => {
    expect(intentProblem("union_officer", "union", "welfare", "union")).toBeNull()
    expect(intentProblem("union_officer", "party_government", "holiday_gift", "union")).toBeNull()
    expect(intentProblem("procurement_officer", "union", "welfare", "union")?.field).toBe("funding")
    expect(intentProblem("union_officer", "union", "canteen", "union")?.message).toBe(
      "工会经费只能用于节日慰问、职工福利，不能用于食堂采购"
    )
  })

  it("keeps own funds for units outside the budget", () => {
    expect(intentProblem("procurement_officer", "private_enterprise", "holiday_gift", "own_funds")).toBeNull()
    expect(intentProblem("procurement_officer", "school", "canteen", "own_funds")?.message).toBe(
      "学校是预算单位，单位采购应使用财政预算"
    )
  })

  it("offers exactly the pairs the rule allows", () => {
    const pairs = (role: (typeof MEMBER_ROLES)[number], type: (typeof UNIT_TYPES)[number]) =>
      FUNDINGS.flatMap((f: Funding) =>
        CHANNELS.filter((c: Channel) => intentProblem(role, type, c, f) === null).map((c) => `${c}/${f}`)
      )
    expect(allowedIntents("member", "school")).toEqual([{ channel: "personal", funding: "personal" }])
    expect(allowedIntents("procurement_officer", "school").map((i) => `${i.channel}/${i.funding}`)).toEqual([
      "personal/personal",
      "canteen/budget",
      "office/budget",
    ])
    for (const role of MEMBER_ROLES) {
      for (const type of UNIT_TYPES)
        expect(allowedIntents(role, type).map((i) => `${i.channel}/${i.funding}`)).toEqual(pairs(role, type))
    }
  })
})
