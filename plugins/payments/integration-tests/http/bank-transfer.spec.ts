import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { parse } from "csv-parse/sync"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import { settleOverdueBankTransfers } from "../../src/jobs/overdue-bank-transfers"
import { adminHeaders } from "../../../../test/support/admin"
import { failure } from "../../../../test/support/http"
import { addMember, createEastJurisdictions, uscc } from "../../../../test/support/attribution"
import { cartReady, customerHeaders, shoppableStore } from "../../../../test/support/checkout"
import { officeHeaders } from "../../../../test/support/offices"
import { paidAtOf } from "../../../../test/support/payments"

const ROOT = resolve(__dirname, "../../../..")
const DAY_MS = 86_400_000

type Headers = { headers: Record<string, string> }

/** A 1×1 PNG: the bank statement's scan stands in as a real image file. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let shop: Awaited<ReturnType<typeof shoppableStore>>
    let officer: Headers
    let member: Headers
    let outsider: Headers

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createEastJurisdictions(getContainer())
      shop = await shoppableStore(getContainer(), ["布拖苦荞茶", "昭觉土豆"])
      const { data } = await api.post(
        "/admin/units",
        { name: "松江区测试单位", uscc: uscc(1), type: "party_government", jurisdiction_code: "310117" },
        admin
      )
      officer = await customerHeaders(api, shop.store, "wang@example.com")
      member = await customerHeaders(api, shop.store, "liu@example.com")
      outsider = await customerHeaders(api, shop.store, "other@example.com")
      await addMember(api, admin, data.unit.id, "wang@example.com", "procurement_officer")
      await addMember(api, admin, data.unit.id, "liu@example.com", "member")
      unitId = data.unit.id
    })
    let unitId: string

    /** A canteen cart of the procurement officer's on the budget: 3 × 10 元 + 10 元 shipping = 40 元. */
    async function canteenCart(variant = shop.variantId["布拖苦荞茶"], quantity = 3) {
      const cartId = await cartReady(api, shop, officer, [variant], quantity).catch((e) => {
        throw new Error(JSON.stringify(failure(e).data))
      })
      await api.post(
        `/store/carts/${cartId}/purchase-intent`,
        { unit_id: unitId, channel: "canteen", funding: "budget" },
        officer
      )
      return cartId
    }

    async function paymentSession(cartId: string, who: Headers, providerId: string) {
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, who)
      return api
        .post(
          `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
          { provider_id: providerId },
          who
        )
        .catch(failure)
    }

    async function placeOnInvoice(variant?: string, quantity?: number): Promise<string> {
      const cartId = await canteenCart(variant, quantity)
      expect((await paymentSession(cartId, officer, PAYMENT_PROVIDER_IDS.bank_transfer)).status).toBe(200)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, officer)
      expect(data.type).toBe("order")
      return data.order.id
    }

    /** The transfer as the buyer sees it, once the order's `order.placed` subscriber has opened it. */
    async function transferOf(orderId: string, who: Headers = officer) {
      for (let i = 0; i < 50; i++) {
        const { data } = await api.get(`/store/orders/${orderId}/bank-transfer`, who)
        if (data.bank_transfer) return data.bank_transfer
        await sleep(100)
      }
      throw new Error("the order's transfer was never opened")
    }

    const remit = (orderId: string, body: Record<string, unknown>) =>
      api.post(`/admin/orders/${orderId}/bank-transfer/remittances`, body, admin).catch(failure)

    it("unit money is paid by transfer only and personal money never is, whatever the client asks", async () => {
      const canteen = await canteenCart()
      for (const provider of [PAYMENT_PROVIDER_IDS.system, PAYMENT_PROVIDER_IDS.stripe, "pp_made_up"]) {
        const refused = await paymentSession(canteen, officer, provider)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "provider_id: 单位经费（财政预算、工会经费、自有资金）采购只能对公转账，凭发票付款"
        )
      }
      const personal = await cartReady(api, shop, member, [shop.variantId["昭觉土豆"]])
      const refused = await paymentSession(personal, member, PAYMENT_PROVIDER_IDS.bank_transfer)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^provider_id: 个人消费/)

      // the intent changed after the transfer was chosen: completion checks again and writes nothing
      expect((await paymentSession(canteen, officer, PAYMENT_PROVIDER_IDS.bank_transfer)).status).toBe(200)
      await api.delete(`/store/carts/${canteen}/purchase-intent`, officer)
      const completed = await api.post(`/store/carts/${canteen}/complete`, {}, officer).catch(failure)
      expect(completed.status).toBe(400)
      expect(completed.data.message).toMatch(/^provider_id: 个人消费.*请回到结算页重新选择付款方式$/)
      const orders = await getContainer()
        .resolve(Modules.ORDER)
        .listOrders({}, { select: ["id"] })
      expect(orders).toEqual([])
    })

    it("an order on invoice is paid by recorded remittances: refusals, a partial one, then 已支付 with its reference on the 台账", async () => {
      const orderId = await placeOnInvoice()
      const transfer = await transferOf(orderId)
      expect(transfer).toMatchObject({
        reference: expect.stringMatching(/^ZN[2-9A-HJKMNP-Z]{10}$/),
        status: "awaiting",
        amount_fen: 4000,
        received_fen: 0,
        outstanding_fen: 4000,
        payer_name: "松江区测试单位",
        funding: "budget",
        payee: { name: expect.any(String), bank: expect.any(String), account: expect.any(String) },
        overdue: false,
        remittances: [],
      })
      // due after the configured 15 days, cancelled 7 days after that
      const placed = (await api.get(`/admin/orders/${orderId}`, admin)).data.order.created_at
      expect(Date.parse(transfer.due_at) - Date.parse(placed)).toBe(15 * DAY_MS)
      expect(Date.parse(transfer.cancel_after) - Date.parse(transfer.due_at)).toBe(7 * DAY_MS)
      // another shopper cannot read it
      expect((await api.get(`/store/orders/${orderId}/bank-transfer`, outsider).catch(failure)).status).toBe(404)

      const good = {
        amount_fen: 1500,
        payer_account_name: "松江区测试单位",
        bank_reference: "ICBC-20261127-0001",
        remitted_on: "2026-11-27",
      }
      const refusals: [Record<string, unknown>, RegExp][] = [
        [
          { ...good, payer_account_name: "某某贸易有限公司" },
          /^payer_account_name: 付款户名“某某贸易有限公司”不是采购单位“松江区测试单位”/,
        ],
        [{ ...good, payer_account_name: "松江区测试单位工会" }, /^payer_account_name: /],
        [{ ...good, amount_fen: 4001 }, /^amount_fen: 到账金额 ¥40.01 超过尚欠金额 ¥40.00/],
        [{ ...good, amount_fen: 0 }, /^amount_fen: 到账金额必须大于0/],
        [{ ...good, amount_fen: 12.5 }, /^amount_fen: 金额以分为单位/],
        [{ ...good, remitted_on: "2026-02-30" }, /^remitted_on: /],
        [{ ...good, bank_reference: "流水 1" }, /^bank_reference: /],
        [
          { ...good, voucher: { filename: "a.exe", mime_type: "application/x-msdownload", content_base64: "AA==" } },
          /voucher: 只能上传/,
        ],
        [{ ...good, extra: 1 }, /extra/],
      ]
      for (const [body, message] of refusals) {
        const refused = await remit(orderId, body)
        expect(refused.status, JSON.stringify(body)).toBe(400)
        expect(refused.data.message).toMatch(message)
      }
      expect((await transferOf(orderId)).remittances).toEqual([])

      // part of it: recorded, the order still owes the rest and is not paid
      const partial = await remit(orderId, {
        ...good,
        payer_account_name: " 松江区测试单位 ",
        voucher: { filename: "回单.png", mime_type: "image/png", content_base64: PNG },
      })
      expect(partial.status).toBe(201)
      expect(partial.data.bank_transfer).toMatchObject({
        status: "awaiting",
        received_fen: 1500,
        outstanding_fen: 2500,
      })
      const [recorded] = partial.data.bank_transfer.remittances
      expect(recorded).toMatchObject({ amount_fen: 1500, voucher: { filename: "回单.png", mime_type: "image/png" } })
      expect((await api.get(`/store/orders/${orderId}/completion`, officer)).data.completion.paid_at).toBeNull()
      // the voucher is a private file: only through the admin route
      const voucher = await api.get(`/admin/remittances/${recorded.id}/voucher`, {
        ...admin,
        responseType: "arraybuffer",
      })
      expect(Buffer.from(voucher.data).equals(Buffer.from(PNG, "base64"))).toBe(true)
      expect(voucher.headers["cache-control"]).toBe("private, no-store")
      expect((await api.get(`/admin/remittances/${recorded.id}/voucher`).catch(failure)).status).toBe(401)
      expect((await api.get(`/admin/remittances/${recorded.id}/voucher`, officer).catch(failure)).status).toBe(401)
      // Medusa Admin's "Capture payment" may not mark it paid by hand
      const { data: unpaid } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
      const paymentId = unpaid[0].payment_collections?.[0]?.payments?.[0]?.id
      const byHand = await api.post(`/admin/payments/${paymentId}/capture`, {}, admin).catch(failure)
      expect(byHand.status).toBe(400)
      expect(byHand.data.message).toMatch(/不能手动确认收款$/)
      // the same bank credit cannot be counted twice
      const replayed = await remit(orderId, good)
      expect(replayed.status).toBe(400)
      expect(replayed.data.message).toMatch(/^bank_reference: 银行流水号 ICBC-20261127-0001 已经登记过/)

      // the rest arrives: captured, 已支付, and the payment is on the order's 台账 rows
      const rest = await remit(orderId, {
        ...good,
        amount_fen: 2500,
        bank_reference: "ICBC-20261128-0002",
        remitted_on: "2026-11-28",
      })
      expect(rest.status).toBe(201)
      expect(rest.data.bank_transfer).toMatchObject({ status: "paid", received_fen: 4000, outstanding_fen: 0 })
      const { data: payments } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.captured_at"], filters: { id: orderId } })
      expect(payments[0].payment_collections?.[0]?.payments?.[0]?.captured_at).toBeTruthy()
      expect(await paidAtOf(api, officer, orderId)).toBeTruthy()
      const after = await remit(orderId, { ...good, amount_fen: 1, bank_reference: "ICBC-20261129-0003" })
      expect(after.status).toBe(400)
      expect(after.data.message).toBe("订单已支付，不能再登记汇款")

      const office = await officeHeaders(api, admin, "office@songjiang.example", "松江区合作交流办", "310117")
      const { data: csv } = await api.get("/office/exports/ledger", office)
      const rows = parse((csv as string).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[]
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows.filter((r) => r["类型"] === "销售"))
        expect(row["支付凭证"]).toMatch(new RegExp(`^对公转账 ${transfer.reference} \\d{4}-\\d{2}-\\d{2}$`))
    })

    it("an order unpaid past its due date is flagged, then cancelled with its stock released and its 台账 reversed", async () => {
      // a managed variant with 5 in stock, so the order holds a reservation
      const product = shop.productId["昭觉土豆"]
      const variant = shop.variantId["昭觉土豆"]
      const step = async (url: string, body: unknown) => {
        const answer = await api.post(url, body, admin).catch(failure)
        expect(answer.status, `${url}: ${JSON.stringify(answer.data)}`).toBe(200)
        return answer.data
      }
      const item = await step("/admin/inventory-items", { sku: "ZJTD-1", title: "昭觉土豆" })
      await step(`/admin/inventory-items/${item.inventory_item.id}/location-levels`, {
        location_id: shop.locationId,
        stocked_quantity: 5,
      })
      await step(`/admin/products/${product}/variants/${variant}/inventory-items`, {
        inventory_item_id: item.inventory_item.id,
        required_quantity: 1,
      })
      await step(`/admin/products/${product}/variants/${variant}`, { manage_inventory: true })
      const { data: linked } = await api.get(
        `/admin/products/${product}/variants/${variant}?fields=inventory_items.inventory_item_id`,
        admin
      )
      expect(linked.variant.inventory_items).toEqual([
        expect.objectContaining({ inventory_item_id: item.inventory_item.id }),
      ])
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const orderId = await placeOnInvoice(variant, 2)
      const transfer = await transferOf(orderId)
      expect(Number(await inventory.retrieveReservedQuantity(item.inventory_item.id, [shop.locationId]))).toBe(2)

      const due = Date.parse(transfer.due_at)
      // not yet due: nothing happens
      expect(await settleOverdueBankTransfers(getContainer(), new Date(due - 1000))).toEqual({
        flagged: [],
        canceled: [],
      })
      // past due: flagged once, not cancelled
      expect(await settleOverdueBankTransfers(getContainer(), new Date(due + 1000))).toEqual({
        flagged: [orderId],
        canceled: [],
      })
      expect(await settleOverdueBankTransfers(getContainer(), new Date(due + 2000))).toEqual({
        flagged: [],
        canceled: [],
      })
      const flagged = (await api.get(`/admin/orders/${orderId}/bank-transfer`, admin)).data.bank_transfer
      expect(flagged.flagged_at).toBeTruthy()

      // past the grace period: cancelled through Medusa
      expect(await settleOverdueBankTransfers(getContainer(), new Date(due + 7 * DAY_MS + 1000))).toEqual({
        flagged: [],
        canceled: [orderId],
      })
      expect((await api.get(`/admin/orders/${orderId}`, admin)).data.order.status).toBe("canceled")
      expect(Number(await inventory.retrieveReservedQuantity(item.inventory_item.id, [shop.locationId]))).toBe(0)
      expect((await transferOf(orderId)).status).toBe("canceled")
      const entries = async () => (await api.get(`/admin/ledger?order_id=${orderId}`, admin)).data.entries
      for (let i = 0; i < 50 && (await entries()).length < 2; i++) await sleep(100)
      const rows = (await entries()) as { kind: string; amount_fen: number }[]
      expect(rows.map((r) => r.kind).sort()).toEqual(["reversal", "sale"])
      expect(rows.reduce((sum, r) => sum + r.amount_fen, 0)).toBe(0)
    })

    it("a paid order cancelled is refunded through the provider that took the money, with one reversal", async () => {
      const orderId = await placeOnInvoice()
      const transfer = await transferOf(orderId)
      const paid = await remit(orderId, {
        amount_fen: 4000,
        payer_account_name: "松江区测试单位",
        bank_reference: "ICBC-20261127-1000",
        remitted_on: "2026-11-27",
      })
      expect(paid.data.bank_transfer.status).toBe("paid")
      await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["payment_collections.payments.refunds.amount", "payment_collections.payments.data"],
          filters: { id: orderId },
        })
      const payment = data[0].payment_collections?.[0]?.payments?.[0]
      expect(payment?.refunds?.map((r: { amount: unknown } | null) => Number(r?.amount))).toEqual([40])
      expect((payment?.data as { refunds_owed?: unknown[] }).refunds_owed).toEqual([
        { amount_fen: 4000, at: expect.any(String) },
      ])
      const entries = async () =>
        (await api.get(`/admin/ledger?order_id=${orderId}`, admin)).data.entries as { kind: string }[]
      for (let i = 0; i < 50 && (await entries()).length < 2; i++) await sleep(100)
      expect((await entries()).filter((r) => r.kind === "reversal")).toHaveLength(1)
      expect((await transferOf(orderId)).reference).toBe(transfer.reference)
    })
  },
})
