import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { resolve } from "node:path"
import { performance } from "node:perf_hooks"
import { adminHeaders } from "../support/admin"
import { createEastJurisdictions, uscc } from "../support/attribution"
import { cartReady, choosePayment, customerHeaders, shoppableStore } from "../support/checkout"
import { fixed, recordBench } from "./support/report"

const ROOT = resolve(__dirname, "../..")
const RUNS = 20

type Headers = { headers: Record<string, string> }

/**
 * What attributing an order costs at checkout. The baseline is the same storefront checkout by a
 * shopper in no unit, where the hook finds nothing to attribute (two indexed lookups); against it,
 * a procurement officer's canteen order (membership, unit, 主管单位 and jurisdiction chains, snapshot)
 * and a union officer's welfare order (the same plus the allowance check under a lock).
 * Figures: wall time and process CPU time of `POST /store/carts/:id/complete`, server and client
 * sharing this process, mean of RUNS checkouts each, after WARMUP rounds.
 */
medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    it("measures the checkout hook against a checkout it has nothing to attribute for", async () => {
      const admin = await adminHeaders(getContainer(), api)
      await createEastJurisdictions(getContainer())
      const shop = await shoppableStore(getContainer(), ["布拖苦荞茶"])
      const { data } = await api.post(
        "/admin/units",
        { name: "松江区测试单位", uscc: uscc(1), type: "party_government", jurisdiction_code: "310117" },
        admin
      )
      const year = Number(
        new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date())
      )
      await api.post(`/admin/units/${data.unit.id}/bases`, { year, union_members: 10_000 }, admin)
      const people: Record<string, Headers> = {}
      for (const [email, role] of [
        ["officer@example.com", "procurement_officer"],
        ["union@example.com", "union_officer"],
      ]) {
        people[email] = await customerHeaders(api, shop.store, email)
        await api.post(`/admin/units/${data.unit.id}/members`, { email, role }, admin)
      }
      const stranger = await customerHeaders(api, shop.store, "stranger@example.com")

      const cases: { name: string; buyer: Headers; intent?: Record<string, string> }[] = [
        { name: "baseline: shopper in no unit", buyer: stranger },
        {
          name: "procurement officer, canteen/budget",
          buyer: people["officer@example.com"],
          intent: { channel: "canteen", funding: "budget" },
        },
        {
          name: "union officer, welfare/union (locked cap)",
          buyer: people["union@example.com"],
          intent: { channel: "welfare", funding: "union" },
        },
      ]
      const WARMUP = 3
      const carts = new Map<string, string[]>()
      for (const c of cases) {
        const list: string[] = []
        for (let i = 0; i < RUNS + WARMUP; i++) {
          const cart = await cartReady(api, shop, c.buyer, [shop.variantId["布拖苦荞茶"]])
          if (c.intent)
            await api.post(`/store/carts/${cart}/purchase-intent`, { unit_id: data.unit.id, ...c.intent }, c.buyer)
          await choosePayment(api, c.buyer, cart)
          list.push(cart)
        }
        carts.set(c.name, list)
      }
      // Rounds take one checkout of each case in turn, so warm-up and drift fall on all cases alike.
      const totals = new Map(cases.map((c) => [c.name, { wall: 0, cpu: 0 }]))
      for (let round = 0; round < RUNS + WARMUP; round++) {
        for (const c of cases) {
          const cpuStart = process.cpuUsage()
          const start = performance.now()
          const res = await api.post(`/store/carts/${carts.get(c.name)![round]}/complete`, {}, c.buyer)
          const wall = performance.now() - start
          const used = process.cpuUsage(cpuStart)
          expect(res.data.type).toBe("order")
          if (round < WARMUP) continue
          totals.get(c.name)!.wall += wall
          totals.get(c.name)!.cpu += (used.user + used.system) / 1000
        }
      }
      const mean = (name: string) => ({ wall: totals.get(name)!.wall / RUNS, cpu: totals.get(name)!.cpu / RUNS })
      const baseline = mean(cases[0].name)
      recordBench({
        suite: "checkout-attribution",
        title: "Checkout attribution",
        method:
          "What the `completeCartWorkflow` hook that attributes every order costs. Baseline: the same storefront " +
          "checkout by a shopper in no unit, where the hook has nothing to attribute (two indexed lookups). Mean of " +
          `${RUNS} checkouts per case after ${WARMUP} warm-up rounds, cases interleaved; wall time and process CPU time ` +
          "(server and client share the process) of `POST /store/carts/:id/complete`.",
        tables: [
          {
            columns: ["checkout (POST /store/carts/:id/complete)", "wall ms", "CPU ms", "CPU ÷ baseline"],
            rows: cases.map((c) => {
              const m = mean(c.name)
              return [c.name, fixed(m.wall), fixed(m.cpu), `${fixed(m.cpu / baseline.cpu, 2)}×`]
            }),
          },
        ],
        findings: [],
      })
    })
  },
})
