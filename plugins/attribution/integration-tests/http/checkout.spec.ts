import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolve } from "node:path"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { attributeCart } from "../../src/workflows/hooks/attribute-cart"
import { adminHeaders } from "../../../../test/support/admin"
import { failure } from "../../../../test/support/http"
import { createEastJurisdictions, uscc } from "../../../../test/support/attribution"
import {
  cartReady,
  choosePayment,
  customerHeaders,
  payAndComplete,
  shoppableStore,
} from "../../../../test/support/checkout"

const ROOT = resolve(__dirname, "../../../..")

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let shop: Awaited<ReturnType<typeof shoppableStore>>

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createEastJurisdictions(getContainer())
      shop = await shoppableStore(getContainer(), ["布拖苦荞茶", "昭觉土豆"])
    })

    /** A unit under a parent, in 松江区, with customers in the given roles (added by the operator). */
    async function unitWith(roles: Record<string, string>, overrides: Record<string, unknown> = {}, n = 1) {
      const parent = (
        await api.post(
          "/admin/units",
          { name: `上级单位${n}`, uscc: uscc(100 + n), type: "party_government", jurisdiction_code: "310000" },
          admin
        )
      ).data.unit
      const { data } = await api.post(
        "/admin/units",
        {
          name: `松江区测试单位${n}`,
          uscc: uscc(n),
          type: "party_government",
          jurisdiction_code: "310117",
          parent_id: parent.id,
          ...overrides,
        },
        admin
      )
      const people: Record<string, Headers> = {}
      for (const [email, role] of Object.entries(roles)) {
        people[email] = await customerHeaders(api, shop.store, email)
        await api.post(`/admin/units/${data.unit.id}/members`, { email, role }, admin)
      }
      return { unit: data.unit as { id: string; name: string }, parent: parent as { id: string; name: string }, people }
    }

    const attributionOf = async (orderId: string) =>
      (await api.get(`/admin/orders/${orderId}/attribution`, admin)).data.attribution

    it("an ordinary storefront checkout snapshots the buyer's unit onto the order, whatever the client sends", async () => {
      const { unit, parent, people } = await unitWith({ "alice@example.com": "member" })
      const alice = people["alice@example.com"]
      const cartId = await cartReady(api, shop, alice, [shop.variantId["布拖苦荞茶"]], 2)
      // a client trying to credit another unit through metadata changes nothing
      await api.post(
        `/store/carts/${cartId}`,
        { metadata: { unit_id: "unit_fake", channel: "canteen", funding: "budget" } },
        alice
      )
      const completed = await payAndComplete(api, alice, cartId)
      expect(completed.data.type).toBe("order")
      const orderId = completed.data.order.id

      const snapshot = await attributionOf(orderId)
      expect(snapshot).toMatchObject({
        order_id: orderId,
        cart_id: cartId,
        unit_id: unit.id,
        unit_name: "松江区测试单位1",
        unit_type: "party_government",
        unit_uscc: uscc(1),
        parent_chain: [{ id: parent.id, name: "上级单位1", type: "party_government" }],
        jurisdiction_code: "310117",
        jurisdiction_chain: ["310117", "310000"],
        channel: "personal",
        funding: "personal",
        member_role: "member",
        membership_id: expect.stringMatching(/^mem_/),
        amount_fen: 3000,
        year: expect.any(Number),
        attributed_at: expect.any(String),
      })
      // the same snapshot is on the order through the module link
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["id", "order_attribution.unit_id", "order_attribution.channel"],
          filters: { id: orderId },
        })
      expect(data[0].order_attribution).toMatchObject({ unit_id: unit.id, channel: "personal" })
      // the buyer reads whom the order was credited to, never the unit's 信用代码 or jurisdiction chain
      const mine = await api.get(`/store/orders/${orderId}/attribution`, alice)
      expect(mine.data.attribution).toEqual({
        id: expect.stringMatching(/^attr_/),
        unit_id: unit.id,
        unit_name: "松江区测试单位1",
        unit_type: "party_government",
        member_role: "member",
        channel: "personal",
        funding: "personal",
        attributed_at: expect.any(String),
      })
      const list = await api.get(
        "/store/orders?fields=id,+order_attribution.unit_name,+order_attribution.unit_uscc",
        alice
      )
      expect(list.data.orders.find((o: { id: string }) => o.id === orderId).order_attribution).toMatchObject({
        unit_name: "松江区测试单位1",
      })
      expect(JSON.stringify(list.data)).not.toMatch(/unit_uscc|jurisdiction_chain/)
      // Medusa serves an order by id without sign-in: the attribution is not there, and its own route is the buyer's alone
      const byId = await api
        .get(`/store/orders/${orderId}?fields=id,+order_attribution.unit_name`, shop.store)
        .catch(failure)
      expect(JSON.stringify(byId.data)).not.toContain("松江区测试单位1")
      const other = await customerHeaders(api, shop.store, "nosy@example.com")
      expect((await api.get(`/store/orders/${orderId}/attribution`, other).catch(failure)).status).toBe(404)
      expect((await api.get(`/store/orders/${orderId}/attribution`, shop.store).catch(failure)).status).toBe(401)

      // a shopper in no unit is attributed to none, and the ledger will say so
      const stranger = await customerHeaders(api, shop.store, "stranger@example.com")
      const strangerOrder = await payAndComplete(
        api,
        stranger,
        await cartReady(api, shop, stranger, [shop.variantId["昭觉土豆"]])
      )
      expect(await attributionOf(strangerOrder.data.order.id)).toMatchObject({
        unit_id: null,
        channel: "personal",
        funding: "personal",
        amount_fen: 2000,
      })
    })

    it("takes what the cart is bought for with its address in one update, from the cart's own customer only", async () => {
      const { unit, people } = await unitWith({
        "officer@example.com": "procurement_officer",
        "member@example.com": "member",
      })
      const officer = people["officer@example.com"]
      const cartId = await cartReady(api, shop, officer, [shop.variantId["布拖苦荞茶"]])
      const update = (headers: Headers, additional_data: unknown, email: string) =>
        api.post(`/store/carts/${cartId}?fields=id,email`, { email, additional_data }, headers).catch(failure)
      const emailNow = async () => (await api.get(`/store/carts/${cartId}?fields=email`, officer)).data.cart.email
      const intentNow = async () =>
        (await api.get(`/store/carts/${cartId}/purchase-intent`, officer)).data.purchase_intent
      const canteen = { unit_id: unit.id, channel: "canteen", funding: "budget" }
      const before = await emailNow()

      const malformed = await update(officer, { purchase_intent: { unit_id: unit.id, channel: "canteen" } }, "a@x.cn")
      expect(malformed.status).toBe(400)
      expect(malformed.data.message).toMatch(/^additional_data\.purchase_intent\.funding: /)
      expect((await update(people["member@example.com"], { purchase_intent: canteen }, "b@x.cn")).status).toBe(403)
      const guest = await update(shop.store, { purchase_intent: canteen }, "c@x.cn")
      expect(guest.status).toBe(403)
      expect(guest.data.message).toBe("cart: 请先登录，再选择为谁采购")
      expect([await emailNow(), await intentNow()]).toEqual([before, null])

      const chosen = await update(officer, { purchase_intent: canteen }, "officer@example.com")
      expect(chosen.status).toBe(200)
      expect(await intentNow()).toMatchObject(canteen)
      // refused by the role as on the purchase-intent route: the whole update is undone, address and all
      const refused = await update(
        officer,
        { purchase_intent: { ...canteen, channel: "welfare", funding: "union" } },
        "d@x.cn"
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^funding: 工会经费只能由工会使用/)
      expect([await emailNow(), await intentNow()]).toEqual(["officer@example.com", expect.objectContaining(canteen)])
      // null: back to a personal purchase; absent: unchanged
      expect((await update(officer, { purchase_intent: null }, "officer@example.com")).status).toBe(200)
      expect(await intentNow()).toBeNull()
      expect((await update(officer, { something_else: 1 }, "officer@example.com")).status).toBe(200)
      expect(await intentNow()).toBeNull()
    })

    it("lets each role choose only its channels and funds, for its own units and carts, and re-checks at checkout", async () => {
      const { unit, people } = await unitWith({
        "officer@example.com": "procurement_officer",
        "member@example.com": "member",
        "head@example.com": "unit_admin",
      })
      const enterprise = await unitWith({ "buyer@example.com": "procurement_officer" }, { type: "state_enterprise" }, 2)
      const officer = people["officer@example.com"]
      const member = people["member@example.com"]
      const cartId = await cartReady(api, shop, officer, [shop.variantId["布拖苦荞茶"]], 5)
      const intent = (headers: Headers, body: Record<string, unknown>, cart = cartId) =>
        api.post(`/store/carts/${cart}/purchase-intent`, body, headers).catch(failure)

      const memberCart = await cartReady(api, shop, member, [shop.variantId["布拖苦荞茶"]])
      const budgetByMember = await intent(
        member,
        { unit_id: unit.id, channel: "canteen", funding: "budget" },
        memberCart
      )
      expect(budgetByMember.status).toBe(400)
      expect(budgetByMember.data.message).toBe("funding: 财政预算只能由采购员使用，你在本单位的角色是职工")
      expect((await intent(officer, { unit_id: unit.id, channel: "welfare", funding: "union" })).data.message).toMatch(
        /^funding: 工会经费只能由工会使用/
      )
      expect(
        (await intent(officer, { unit_id: unit.id, channel: "holiday_gift", funding: "budget" })).data.message
      ).toBe("channel: 财政预算只能用于食堂采购、办公/会务，不能用于节日慰问")
      const notMine = await intent(officer, { unit_id: enterprise.unit.id, channel: "canteen", funding: "own_funds" })
      expect(notMine.status).toBe(403)
      expect(notMine.data.message).toBe("unit_id: 你不是该单位的在册成员")
      const othersCart = await intent(member, { unit_id: unit.id, channel: "personal", funding: "personal" })
      expect(othersCart.status).toBe(403)
      const budgetInEnterprise = await intent(
        enterprise.people["buyer@example.com"],
        { unit_id: enterprise.unit.id, channel: "canteen", funding: "budget" },
        await cartReady(api, shop, enterprise.people["buyer@example.com"], [shop.variantId["昭觉土豆"]])
      )
      expect(budgetInEnterprise.data.message).toBe("funding: 国有企业不是预算单位，不能使用财政预算")
      const anonymous = await intent(shop.store, { unit_id: unit.id, channel: "canteen", funding: "budget" })
      expect(anonymous.status).toBe(401)
      expect((await api.get(`/store/carts/${cartId}/purchase-intent`, officer)).data.purchase_intent).toBeNull()

      expect((await intent(officer, { unit_id: unit.id, channel: "canteen", funding: "budget" })).status).toBe(200)
      const order = await payAndComplete(api, officer, cartId)
      expect(await attributionOf(order.data.order.id)).toMatchObject({
        unit_id: unit.id,
        channel: "canteen",
        funding: "budget",
        member_role: "procurement_officer",
        amount_fen: 6000,
      })

      // an intent checked when set is checked again when the order is placed
      const secondCart = await cartReady(api, shop, officer, [shop.variantId["昭觉土豆"]])
      await intent(officer, { unit_id: unit.id, channel: "office", funding: "budget" }, secondCart)
      const members = await api.get(`/admin/units/${unit.id}/members?role=procurement_officer`, admin)
      await api.post(
        `/admin/units/${unit.id}/members/${members.data.members[0].id}`,
        { action: "set_role", role: "member" },
        admin
      )
      const refused = await payAndComplete(api, officer, secondCart).catch(failure)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^funding: 财政预算只能由采购员使用/)

      // the unit's orders: its admin sees them, a plain member does not
      const unitOrders = await api.get(`/store/units/${unit.id}/orders`, people["head@example.com"])
      expect(unitOrders.data.orders).toEqual([
        expect.objectContaining({
          order_id: order.data.order.id,
          channel: "canteen",
          funding: "budget",
          order: expect.objectContaining({ display_id: expect.any(Number) }),
        }),
      ])
      expect((await api.get(`/store/units/${unit.id}/orders`, member).catch(failure)).status).toBe(403)
    })

    it("keeps union welfare within members × allowance, even for checkouts at once, and frees a canceled order's share", async () => {
      const { unit, people } = await unitWith({ "union@example.com": "union_officer" })
      const officer = people["union@example.com"]
      // 30 × 10 元 + 10 元 shipping = 310 元 a cart; one member's 500 元 allows one such cart, not two
      const carts: string[] = []
      for (const product of ["布拖苦荞茶", "昭觉土豆", "布拖苦荞茶", "昭觉土豆"]) {
        const cart = await cartReady(api, shop, officer, [shop.variantId[product]], 30)
        await api.post(
          `/store/carts/${cart}/purchase-intent`,
          { unit_id: unit.id, channel: "welfare", funding: "union" },
          officer
        )
        await choosePayment(api, officer, cart)
        carts.push(cart)
      }
      const complete = (cart: string) => api.post(`/store/carts/${cart}/complete`, {}, officer).catch(failure)

      const undeclared = await complete(carts[0])
      expect(undeclared.status).toBe(400)
      expect(undeclared.data.message).toMatch(/^funding: 本单位尚未申报\d{4}年工会会员人数/)

      const year = Number(
        new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date())
      )
      await api.post(`/admin/units/${unit.id}/bases`, { year, union_members: 1 }, admin)
      // four checkouts at the same moment: exactly one fits
      const results = await Promise.all(carts.map(complete))
      const placed = results.filter((r) => r.status === 200)
      const refused = results.filter((r) => r.status === 400)
      expect(placed).toHaveLength(1)
      expect(refused).toHaveLength(3)
      expect(refused[0].data.message).toBe(
        `funding: 超出工会经费职工福利额度：${year}年额度500.00元，已使用310.00元，本单310.00元`
      )

      const balance = await api.get(`/store/units/${unit.id}/union-welfare`, officer)
      expect(balance.data.union_welfare).toEqual({ year, cap_fen: 50_000, spent_fen: 31_000, remaining_fen: 19_000 })

      // holiday gifts from union funds are outside the welfare allowance
      const gifts = await cartReady(api, shop, officer, [shop.variantId["布拖苦荞茶"]], 60)
      await api.post(
        `/store/carts/${gifts}/purchase-intent`,
        { unit_id: unit.id, channel: "holiday_gift", funding: "union" },
        officer
      )
      expect((await payAndComplete(api, officer, gifts)).data.type).toBe("order")

      await api.post(`/admin/orders/${placed[0].data.order.id}/cancel`, {}, admin)
      expect((await api.get(`/store/units/${unit.id}/union-welfare`, officer)).data.union_welfare.spent_fen).toBe(0)
      expect((await complete(carts[results.indexOf(refused[0])])).data.type).toBe("order")
    })

    it("checks the union allowance and writes the snapshot as one critical section", async () => {
      // HTTP checkouts on one process rarely overlap inside the check; calling the hook's work
      // twice in the same tick makes the race certain, so this fails without the lock.
      const { unit, people } = await unitWith({ "union@example.com": "union_officer" })
      const { data } = await api.get("/store/customers/me", people["union@example.com"])
      const year = Number(
        new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date())
      )
      await api.post(`/admin/units/${unit.id}/bases`, { year, union_members: 1 }, admin)
      const service = getContainer().resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
      const cartIds = ["cart_race_a", "cart_race_b", "cart_race_c"]
      await service.createPurchaseIntents(
        cartIds.map((cart_id) => ({
          cart_id,
          customer_id: data.customer.id,
          unit_id: unit.id,
          channel: "welfare" as const,
          funding: "union" as const,
        }))
      )
      const outcomes = await Promise.allSettled(
        cartIds.map((id) => attributeCart(getContainer(), { id, total: 310, customer_id: data.customer.id }))
      )
      expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected", "rejected"])
      expect(await service.listOrderAttributions({ unit_id: unit.id })).toHaveLength(1)
    })
  },
})
