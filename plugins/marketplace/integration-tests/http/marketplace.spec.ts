import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { adminHeaders } from "../../../../test/support/admin"
import { failure } from "../../../../test/support/http"
import { cartReady, customerHeaders, payAndComplete, shoppableStore } from "../../../../test/support/checkout"
import { bearer, cooperativeUscc, createMeigu, registerSupplier } from "../../../../test/support/marketplace"
import { createLiangshanDivisions } from "../../../../test/support/provenance"

const ROOT = resolve(__dirname, "../../../..")

type Headers = { headers: Record<string, string> }

const application = (n: number, overrides: Record<string, unknown> = {}) => ({
  name: `布拖县第${n}苦荞专业合作社`,
  uscc: cooperativeUscc(n),
  entity_type: "cooperative",
  county_code: "513429",
  contact_name: "吉克",
  contact_phone: "0834-1234567",
  ...overrides,
})

const listing = (title: string, overrides: Record<string, unknown> = {}) => ({
  title,
  description: "高山苦荞，合作社统一收购",
  variants: [
    { title: "500g", price_fen: 6_990, stock: 100 },
    { title: "1kg", price_fen: 12_800, stock: 40 },
  ],
  ...overrides,
})

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let shop: Awaited<ReturnType<typeof shoppableStore>>

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
      await createLiangshanDivisions(getContainer())
      await createMeigu(getContainer())
      // Another default profile besides the shop's, older, as Medusa's migrations leave one: listings must take the shop's.
      await createShippingProfilesWorkflow(getContainer()).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
      shop = await shoppableStore(getContainer(), ["平台自营苦荞"])
    })

    const approve = (id: string) => api.post(`/admin/suppliers/${id}/transition`, { to: "approved" }, admin)
    /** An approved supplier with one published listing; `variantId` is its 500g at 69.90 元. */
    async function approvedWithListing(n: number, title: string) {
      const { supplier, supplierId } = await registerSupplier(api, `owner${n}@coop.example`, application(n))
      await approve(supplierId)
      const { product } = (await api.post("/supplier/products", listing(title), supplier)).data
      const halfKilo = product.variants.find((v: { title: string }) => v.title === "500g")
      return { supplier, supplierId, productId: product.id as string, variantId: halfKilo.id as string }
    }
    const storeTitles = async () =>
      (await api.get("/store/products?limit=50", shop.store)).data.products
        .map((p: { title: string }) => p.title)
        .sort()
    /** Parts are made by the `order.placed` subscriber, just after checkout. */
    async function partsOf(orderId: string, buyer: Headers) {
      for (let i = 0; i < 50; i++) {
        const { data } = await api.get(`/store/orders/${orderId}/parts`, buyer)
        if (data.parts.length) return data.parts
        await sleep(100)
      }
      throw new Error(`order ${orderId} was never split into supplier parts`)
    }

    it("registers a supplier only from an eligible county with a valid 信用代码, for operators to approve", async () => {
      const register = async (email: string, overrides: Record<string, unknown>) => {
        const { data } = await api.post("/auth/supplier/emailpass/register", { email, password: "supplier-password-1" })
        return api
          .post("/supplier/registration", { user_name: "吉克", ...application(1, overrides) }, bearer(data.token))
          .catch(failure)
      }
      const badCheck = await register("a@coop.example", { uscc: cooperativeUscc(1).slice(0, 17) + "Z" })
      expect(badCheck.status).toBe(400)
      expect(badCheck.data.message).toMatch(/^uscc: 统一社会信用代码无效/)
      const ineligible = await register("b@coop.example", { county_code: "513431" })
      expect(ineligible.status).toBe(400)
      expect(ineligible.data.message).toBe(
        "county_code: 昭觉县（513431）既不是脱贫县，也不在任何对口帮扶关系中，不能作为供应商的产地县"
      )
      expect((await register("c@coop.example", { county_code: "513400" })).data.message).toBe(
        "county_code: 513400 凉山彝族自治州 不是县级行政区"
      )
      expect((await register("d@coop.example", { contact_phone: "call me" })).status).toBe(400)
      expect((await api.get("/admin/suppliers", admin)).data.count).toBe(0)

      const { supplier, supplierId } = await registerSupplier(api, "owner@coop.example", application(1))
      const again = await register("e@coop.example", {})
      expect(again.status).toBe(422)
      expect(again.data.message).toBe("uscc: 该信用代码已由“布拖县第1苦荞专业合作社”注册")

      const me = await api.get("/supplier/me", supplier)
      expect(me.data).toMatchObject({ supplier: { id: supplierId, status: "pending" }, me: { role: "owner" } })
      const early = await api.post("/supplier/products", listing("苦荞茶"), supplier).catch(failure)
      expect(early.status).toBe(400)
      expect(early.data.message).toBe("供应商当前状态为“待审核”，不能上架商品")

      const queue = await api.get("/admin/suppliers?status=pending", admin)
      expect(queue.data.suppliers).toEqual([
        expect.objectContaining({ id: supplierId, name: "布拖县第1苦荞专业合作社" }),
      ])
      expect((await approve(supplierId)).data).toEqual({
        supplier: expect.objectContaining({ id: supplierId, status: "approved", status_reason: null }),
        from: "pending",
        to: "approved",
      })
      const noReason = await api
        .post(`/admin/suppliers/${supplierId}/transition`, { to: "suspended" }, admin)
        .catch(failure)
      expect(noReason.data.message).toBe("变为“已暂停”须说明原因")
      const detail = await api.get(`/admin/suppliers/${supplierId}`, admin)
      expect(detail.data.supplier.stock_location_id).toMatch(/^sloc_/)
      expect(detail.data.supplier.events.map((e: { to_status: string }) => e.to_status).sort()).toEqual([
        "approved",
        "pending",
      ])
    })

    it("lists, prices, stocks and archives its own products from the counties it may sell from", async () => {
      const { supplier, supplierId, productId, variantId } = await approvedWithListing(1, "布拖苦荞茶")
      const product = (await api.get(`/supplier/products/${productId}`, supplier)).data.product
      expect(product).toMatchObject({ status: "published", division: { code: "513429" } })
      expect(
        product.variants
          .map((v: { prices: { amount: number }[] }) => v.prices[0].amount)
          .sort((x: number, y: number) => x - y)
      ).toEqual([69.9, 128])
      expect(await storeTitles()).toContain("布拖苦荞茶")
      // shoppers read who sells it, never its 信用代码 or contacts
      const inShop = await api.get(
        `/store/products/${productId}?fields=title,+supplier.name,+supplier.uscc,+supplier.contact_phone`,
        shop.store
      )
      expect(inShop.data.product.supplier).toMatchObject({ id: supplierId, name: "布拖县第1苦荞专业合作社" })
      expect(JSON.stringify(inShop.data)).not.toMatch(/uscc|contact_phone|0834-1234567/)

      const post = (body: Record<string, unknown>) => api.post("/supplier/products", body, supplier).catch(failure)
      expect(
        (await post(listing("负库存", { variants: [{ title: "1kg", price_fen: 100, stock: -1 }] }))).data.message
      ).toBe("stock: 不能为负数")
      expect(
        (await post(listing("负价格", { variants: [{ title: "1kg", price_fen: -100, stock: 1 }] }))).data.message
      ).toBe("price_fen: 不能为负数")
      expect(
        (await post(listing("小数价格", { variants: [{ title: "1kg", price_fen: 99.5, stock: 1 }] }))).status
      ).toBe(400)
      const elsewhere = await post(listing("美姑苦荞", { county_code: "513436" }))
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.data.message).toBe(
        "county_code: 供应商只能销售本县（513429）及平台核准的采购县的产品，513436 不在其中"
      )

      // an operator may let it source from another eligible county, never from an ineligible one
      const ineligible = await api
        .post(`/admin/suppliers/${supplierId}/sourcing-counties`, { county_codes: ["513431"] }, admin)
        .catch(failure)
      expect(ineligible.status).toBe(400)
      await api.post(`/admin/suppliers/${supplierId}/sourcing-counties`, { county_codes: ["513436"] }, admin)
      expect((await post(listing("美姑苦荞", { county_code: "513436" }))).status).toBe(201)
      const moved = await api
        .post(`/supplier/products/${productId}`, { county_code: "513431" }, supplier)
        .catch(failure)
      expect(moved.status).toBe(400)
      expect((await api.get(`/supplier/products/${productId}`, supplier)).data.product.division.code).toBe("513429")

      await api.post(`/supplier/products/${productId}/variants/${variantId}`, { price_fen: 5_990, stock: 7 }, supplier)
      const updated = (await api.get(`/supplier/products/${productId}`, supplier)).data.product.variants.find(
        (v: { id: string }) => v.id === variantId
      )
      expect(updated.prices.map((p: { amount: number }) => p.amount)).toEqual([59.9])
      expect(updated.inventory_items[0].inventory.location_levels[0].stocked_quantity).toBe(7)
      expect(
        (
          await api
            .post(`/supplier/products/${productId}/variants/${variantId}`, { stock: -3 }, supplier)
            .catch(failure)
        ).status
      ).toBe(400)

      await api.post(`/supplier/products/${productId}`, { status: "draft" }, supplier)
      expect(await storeTitles()).not.toContain("布拖苦荞茶")
      expect((await api.get("/supplier/products", supplier)).data.count).toBe(2)
      // its list is paged, searched and filtered by the database, newest first
      const drafts = (await api.get("/supplier/products?status=draft", supplier)).data
      expect(drafts.products.map((p: { title: string }) => p.title)).toEqual(["布拖苦荞茶"])
      const found = (await api.get(`/supplier/products?q=${encodeURIComponent("美姑")}&limit=1`, supplier)).data
      expect(found).toMatchObject({ count: 1, limit: 1, offset: 0, products: [{ title: "美姑苦荞" }] })
      const second = (await api.get("/supplier/products?limit=1&offset=1", supplier)).data
      expect(second).toMatchObject({ count: 2, products: [{ id: productId }] })
      // a supplier narrows its fields but never reaches past them
      const narrower = (await api.get(`/supplier/products/${productId}?fields=id,title`, supplier)).data
      expect(narrower.product).toEqual({ id: productId, title: "布拖苦荞茶" })
      const past = await api.get("/supplier/products?fields=+supplier.uscc,+supplier.contact_phone", supplier)
      expect(JSON.stringify(past.data)).not.toMatch(/uscc|contact_phone/)
    })

    it("keeps every supplier route to the caller's own supplier (A vs B), and closed to customers and admins", async () => {
      const a = await approvedWithListing(1, "A的苦荞茶")
      const b = await approvedWithListing(2, "B的苦荞茶")
      const buyer = await customerHeaders(api, shop.store, "buyer@example.com")
      const order = await payAndComplete(api, buyer, await cartReady(api, shop, buyer, [a.variantId, b.variantId]))
      const parts = await partsOf(order.data.order.id, buyer)
      const aPart = parts.find((p: { supplier_id: string }) => p.supplier_id === a.supplierId)

      // each lists its own products only
      expect((await api.get("/supplier/products", b.supplier)).data.products.map((p: { id: string }) => p.id)).toEqual([
        b.productId,
      ])
      const attempts: [string, () => Promise<{ status: number }>][] = [
        ["read A's product", () => api.get(`/supplier/products/${a.productId}`, b.supplier)],
        ["edit A's product", () => api.post(`/supplier/products/${a.productId}`, { title: "B改的" }, b.supplier)],
        [
          "reprice A's variant",
          () => api.post(`/supplier/products/${a.productId}/variants/${a.variantId}`, { price_fen: 1 }, b.supplier),
        ],
        [
          "restock A's variant through B's product",
          () => api.post(`/supplier/products/${b.productId}/variants/${a.variantId}`, { stock: 0 }, b.supplier),
        ],
        [
          "certify A's product",
          () =>
            api.post(
              `/supplier/products/${a.productId}/certificates`,
              {
                type: "assistance_product",
                number: "X-1",
                issuer: "某局",
                issuer_level: "county",
                valid_from: "2026-01-01",
                valid_to: "2027-01-01",
              },
              b.supplier
            ),
        ],
        ["read A's order part", () => api.get(`/supplier/orders/${aPart.id}`, b.supplier)],
        [
          "ship A's part",
          () =>
            api.post(
              `/supplier/orders/${aPart.id}/shipment`,
              { carrier: "sf", tracking_number: "SF1234567890" },
              b.supplier
            ),
        ],
        [
          "invoice A's part",
          () => api.post(`/supplier/orders/${aPart.id}/invoice`, { invoice_number: "12345678" }, b.supplier),
        ],
      ]
      for (const [what, attempt] of attempts)
        expect((await attempt().catch(failure)).status, `B may not ${what}`).toBe(404)
      const bOrders = await api.get("/supplier/orders", b.supplier)
      expect(bOrders.data.orders.map((o: { id: string }) => o.id)).not.toContain(aPart.id)
      expect(bOrders.data.orders[0].order.items.map((i: { title: string }) => i.title)).toEqual(["B的苦荞茶"])
      expect((await api.get("/supplier/products", b.supplier)).data.products.map((p: { id: string }) => p.id)).toEqual([
        b.productId,
      ])

      // and nothing changed
      const product = (await api.get(`/supplier/products/${a.productId}`, a.supplier)).data.product
      expect(product.title).toBe("A的苦荞茶")
      expect((await api.get(`/supplier/orders/${aPart.id}`, a.supplier)).data.order).toMatchObject({
        shipped_at: null,
        invoice_number: null,
      })

      for (const [who, headers] of [
        ["a customer", buyer],
        ["an admin", admin],
        ["anonymous", { headers: {} }],
      ] as const) {
        for (const path of ["/supplier/me", "/supplier/products", "/supplier/orders", "/supplier/settlement"]) {
          expect((await api.get(path, headers).catch(failure)).status, `${who} on ${path}`).toBe(401)
        }
        expect((await api.post("/supplier/products", listing("冒充"), headers).catch(failure)).status, who).toBe(401)
      }
      // a buyer sees only their own orders' parts
      const other = await customerHeaders(api, shop.store, "other@example.com")
      expect((await api.get(`/store/orders/${order.data.order.id}/parts`, other).catch(failure)).status).toBe(404)
    })

    it("splits a two-supplier order so each ships and invoices only its part, and the buyer sees both", async () => {
      const a = await approvedWithListing(1, "A的苦荞茶")
      const b = await approvedWithListing(2, "B的苦荞茶")
      const buyer = await customerHeaders(api, shop.store, "buyer@example.com")
      const cart = await cartReady(api, shop, buyer, [a.variantId, b.variantId, shop.variantId["平台自营苦荞"]], 2)
      const order = await payAndComplete(api, buyer, cart)
      expect(order.data.type).toBe("order")
      const parts = await partsOf(order.data.order.id, buyer)
      expect(parts.map((p: { supplier_id: string | null }) => p.supplier_id).sort()).toEqual(
        [a.supplierId, b.supplierId, null].sort()
      )

      const { data: queue } = await api.get("/supplier/orders?status=to_ship", a.supplier)
      expect(queue.orders).toHaveLength(1)
      const aPart = queue.orders[0]
      expect(aPart.order.items).toEqual([expect.objectContaining({ title: "A的苦荞茶", quantity: 2 })])
      expect(aPart.order.shipping_address).toMatchObject({ city: "上海市", phone: "13800000000" })

      const bad = await api
        .post(`/supplier/orders/${aPart.id}/shipment`, { carrier: "sf", tracking_number: "x" }, a.supplier)
        .catch(failure)
      expect(bad.data.message).toContain("tracking_number")
      const shipped = await api.post(
        `/supplier/orders/${aPart.id}/shipment`,
        { carrier: "sf", tracking_number: "SF1234567890" },
        a.supplier
      )
      expect(shipped.data.order).toMatchObject({ carrier: "顺丰速运", tracking_number: "SF1234567890" })
      const twice = await api
        .post(`/supplier/orders/${aPart.id}/shipment`, { carrier: "sf", tracking_number: "SF1234567891" }, a.supplier)
        .catch(failure)
      expect(twice.data.message).toMatch(/^part_id: 该分单已于 .* 发货（顺丰速运 SF1234567890）/)
      expect((await api.get("/supplier/orders?status=to_ship", a.supplier)).data.orders).toHaveLength(0)

      const { data: upload } = await api.post(
        "/supplier/uploads",
        {
          purpose: "invoice",
          files: [
            {
              filename: "invoice.pdf",
              mime_type: "application/pdf",
              content_base64: Buffer.from("%PDF-1.4 发票").toString("base64"),
            },
          ],
        },
        a.supplier
      )
      await api.post(
        `/supplier/orders/${aPart.id}/invoice`,
        { invoice_number: "04400123", invoice_file: { ...upload.files[0], name: "invoice.pdf" } },
        a.supplier
      )

      // the invoice is private: A reads it back, B, the public /uploads and customers cannot; operators can
      const invoiceId = upload.files[0].id as string
      const own = await api.get(`/supplier/files/${invoiceId}`, a.supplier)
      expect([own.status, String(own.data), own.headers["cache-control"]]).toEqual([
        200,
        "%PDF-1.4 发票",
        "private, no-store",
      ])
      expect((await api.get(`/supplier/files/${invoiceId}`, b.supplier).catch(failure)).status).toBe(404)
      expect((await api.get(`/admin/supplier-files/${invoiceId}`, admin)).status).toBe(200)
      expect((await api.get(`/admin/supplier-files/${invoiceId}`, buyer).catch(failure)).status).toBe(401)
      const publicName = new URL(upload.files[0].url as string).pathname.split("/").pop()!
      expect(publicName).toMatch(/^private-/)
      expect((await api.get(`/uploads/${publicName}`).catch(failure)).status).not.toBe(200)

      // B ships its own part; A's fulfillment held only A's line
      const bPart = (await api.get("/supplier/orders", b.supplier)).data.orders[0]
      const borrowed = await api
        .post(
          `/supplier/orders/${bPart.id}/invoice`,
          { invoice_number: "04400999", invoice_file: upload.files[0] },
          b.supplier
        )
        .catch(failure)
      expect([borrowed.status, borrowed.data.message]).toEqual([
        400,
        `invoice_file: 文件 ${invoiceId} 不是本供应商上传的，请重新上传`,
      ])
      await api.post(
        `/supplier/orders/${bPart.id}/shipment`,
        { carrier: "韵达快递（县城网点）", tracking_number: "YD998877665" },
        b.supplier
      )
      const dupInvoice = await api.post(
        `/supplier/orders/${bPart.id}/invoice`,
        { invoice_number: "04400123" },
        b.supplier
      )
      expect(dupInvoice.status, "invoice numbers are unique per supplier, not across suppliers").toBe(200)

      const seen = await api.get(`/store/orders/${order.data.order.id}/parts`, buyer)
      const bySupplier = Object.fromEntries(
        seen.data.parts.map((p: { supplier_id: string | null }) => [p.supplier_id ?? "platform", p])
      )
      expect(bySupplier[a.supplierId]).toMatchObject({
        supplier: { name: "布拖县第1苦荞专业合作社" },
        carrier: "顺丰速运",
        tracking_number: "SF1234567890",
        invoice_number: "04400123",
        invoice_file: expect.objectContaining({ url: expect.any(String) }),
        items: [expect.objectContaining({ title: "A的苦荞茶" })],
      })
      expect(bySupplier[b.supplierId]).toMatchObject({
        carrier: "韵达快递（县城网点）",
        tracking_number: "YD998877665",
      })
      expect(bySupplier.platform).toMatchObject({
        shipped_at: null,
        items: [expect.objectContaining({ title: "平台自营苦荞" })],
      })
      // they are Medusa fulfillments of the one order, from each supplier's own stock location
      const { data: medusaOrder } = await api.get(
        `/admin/orders/${order.data.order.id}?fields=*fulfillments,*fulfillments.labels`,
        admin
      )
      const fulfillments = medusaOrder.order.fulfillments as {
        location_id: string
        labels: { tracking_number: string }[]
      }[]
      expect(fulfillments.map((f) => f.labels[0].tracking_number).sort()).toEqual(["SF1234567890", "YD998877665"])
      expect(new Set(fulfillments.map((f) => f.location_id)).size).toBe(2)

      // a second order from A is invoiced: reusing its first invoice number is refused
      const second = await payAndComplete(api, buyer, await cartReady(api, shop, buyer, [a.variantId]))
      const secondPart = (await partsOf(second.data.order.id, buyer))[0]
      const reused = await api
        .post(`/supplier/orders/${secondPart.id}/invoice`, { invoice_number: "04400123" }, a.supplier)
        .catch(failure)
      expect(reused.status).toBe(422)
      expect(reused.data.message).toBe("invoice_number: 发票号 04400123 已用于另一笔订单，不能重复使用")

      // settlement: A sold 2 × 69.90 and 1 × 69.90; the second order is canceled and taken back
      await api.post(`/admin/orders/${second.data.order.id}/cancel`, {}, admin)
      const year = Number(
        new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date())
      )
      const { data: settlement } = await api.get(`/supplier/settlement?year=${year}`, a.supplier)
      expect(settlement.months).toEqual([
        {
          month: expect.stringMatching(/^\d{4}-\d{2}$/),
          gross_fen: 20_970,
          refunds_fen: 6_990,
          net_fen: 13_980,
          orders: 2,
        },
      ])
      const month = settlement.months[0].month as string
      const { data: lines } = await api.get(`/supplier/settlement/lines?month=${month}`, a.supplier)
      expect(lines.lines.map((l: { kind: string; amount_fen: number }) => [l.kind, l.amount_fen])).toEqual([
        ["sale", 13_980],
        ["sale", 6_990],
        ["cancellation", -6_990],
      ])
      const csv = await api.get(`/supplier/settlement/lines?month=${month}&format=csv`, {
        ...a.supplier,
        responseType: "arraybuffer",
      })
      expect(csv.headers["content-type"]).toContain("text/csv")
      const text = Buffer.from(csv.data).toString("utf8")
      expect(text.split("\n")[0], "a BOM, so spreadsheets read the Chinese").toBe(
        "\uFEFF日期,类型,订单号,商品,数量,金额（元）"
      )
      expect(text).toContain(",取消,")
      expect((await api.get(`/supplier/settlement/lines?month=2026-13`, a.supplier).catch(failure)).status).toBe(400)

      // the buyer accepts and rates A's part: A's orders move from 已发货 to 已验收 and show the rating
      await api.post(`/store/orders/${order.data.order.id}/parts/${aPart.id}/acceptance`, {}, buyer)
      await api.post(
        `/store/orders/${order.data.order.id}/parts/${aPart.id}/rating`,
        { rating: 5, comment: "很好" },
        buyer
      )
      const accepted = (await api.get("/supplier/orders?status=accepted", a.supplier)).data.orders
      expect(accepted.map((p: { id: string }) => p.id)).toEqual([aPart.id])
      expect(accepted[0]).toMatchObject({ accepted_at: expect.any(String), rating: 5, rating_comment: "很好" })
      expect((await api.get("/supplier/orders?status=shipped", a.supplier)).data.orders).toHaveLength(0)
    })

    it("takes a suspended supplier's products out of the shop and checkout, and brings them back on reinstatement", async () => {
      const a = await approvedWithListing(1, "A的苦荞茶")
      const buyer = await customerHeaders(api, shop.store, "buyer@example.com")
      const waiting = await cartReady(api, shop, buyer, [a.variantId])

      await api.post(
        `/admin/suppliers/${a.supplierId}/transition`,
        { to: "suspended", reason: "抽检不合格，停业整改" },
        admin
      )
      expect(await storeTitles()).not.toContain("A的苦荞茶")
      const added = await api
        .post("/store/carts", { region_id: shop.regionId, items: [{ variant_id: a.variantId, quantity: 1 }] }, buyer)
        .catch(failure)
      // withheld from the shop, the product is refused as Medusa refuses any unpublished one; a cart that held it before cannot complete
      expect([added.status, added.data.message]).toEqual([400, "items: 商品已下架或不存在"])
      const blocked = await payAndComplete(api, buyer, waiting).catch(failure)
      expect(blocked.status).toBe(400)
      expect(blocked.data.message).toMatch(/^items: /)
      const { data: noOrder } = await api.get("/store/orders", buyer)
      expect(noOrder.orders).toHaveLength(0)
      const listing2 = await api.post("/supplier/products", listing("新品"), a.supplier).catch(failure)
      expect(listing2.data.message).toBe("供应商当前状态为“已暂停”，不能上架商品")
      expect((await api.get("/supplier/me", a.supplier)).data.supplier).toMatchObject({
        status: "suspended",
        status_reason: "抽检不合格，停业整改",
      })

      await approve(a.supplierId)
      expect(await storeTitles()).toContain("A的苦荞茶")
      expect((await payAndComplete(api, buyer, await cartReady(api, shop, buyer, [a.variantId]))).data.type).toBe(
        "order"
      )
    })

    it("lets the owner invite staff who claim their seat, and remove them", async () => {
      const { supplier: owner, productId } = await approvedWithListing(1, "A的苦荞茶")
      const { data: invited } = await api.post("/supplier/users", { email: "staff@coop.example", name: "阿呷" }, owner)
      expect(invited.code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/)
      const { data: registered } = await api.post("/auth/supplier/emailpass/register", {
        email: "staff@coop.example",
        password: "staff-password-1",
      })
      expect(
        (await api.post("/supplier/users/claim", { code: "WRONGCODE2" }, bearer(registered.token)).catch(failure)).data
          .message
      ).toBe("code: 邀请码不存在或已使用")
      await api.post("/supplier/users/claim", { code: invited.code }, bearer(registered.token))
      const { data: login } = await api.post("/auth/supplier/emailpass", {
        email: "staff@coop.example",
        password: "staff-password-1",
      })
      const staff = bearer(login.token)

      expect((await api.get("/supplier/products", staff)).data.products.map((p: { id: string }) => p.id)).toEqual([
        productId,
      ])
      const staffInvites = await api
        .post("/supplier/users", { email: "x@coop.example", name: "x" }, staff)
        .catch(failure)
      expect(staffInvites.status).toBe(403)
      expect(staffInvites.data.message).toBe("只有供应商负责人可以进行此操作")

      const { data: users } = await api.get("/supplier/users", owner)
      const seat = users.users.find((u: { email: string }) => u.email === "staff@coop.example")
      expect(seat).toMatchObject({ role: "staff", status: "active" })
      await api.post(`/supplier/users/${seat.id}/remove`, {}, owner)
      expect((await api.get("/supplier/products", staff).catch(failure)).status).toBe(401)
    })

    it("applies for a certificate on its own product through the provenance review", async () => {
      const { supplier, supplierId, productId } = await approvedWithListing(1, "A的苦荞茶")
      const applied = await api.post(
        `/supplier/products/${productId}/certificates`,
        {
          type: "assistance_product",
          number: "FP-513429-2026-101",
          issuer: "布拖县农业农村局",
          issuer_level: "county",
          valid_from: "2026-01-01",
          valid_to: "2028-12-31",
          beneficiaries: 60,
        },
        supplier
      )
      expect(applied.status).toBe(201)
      const cert = (await api.get(`/admin/certificates/${applied.data.certificate.id}`, admin)).data.certificate
      expect(cert).toMatchObject({
        status: "applied",
        supplier_uscc: cooperativeUscc(1),
        county_code: "513429",
        products: [expect.objectContaining({ id: productId })],
      })
      expect(cert.events[0]).toMatchObject({ actor_type: "supplier" })
      const spoofed = await api
        .post(
          `/supplier/products/${productId}/certificates`,
          {
            type: "organic",
            number: "OC-1",
            issuer: "x",
            issuer_level: "county",
            valid_from: "2026-01-01",
            valid_to: "2027-01-01",
            supplier_uscc: "913101000000000000",
          },
          supplier
        )
        .catch(failure)
      expect(spoofed.status, "the applicant's 信用代码 comes from the server").toBe(400)
      expect(supplierId).toMatch(/^sup_/)
    })

    it("shows a fresh login the counties it may register in, with the verdict, and a supplier its own certificates", async () => {
      const { data: fresh } = await api.post("/auth/supplier/emailpass/register", {
        email: "new@coop.example",
        password: "supplier-password-1",
      })
      const { data: found } = await api.get(`/supplier/counties?q=${encodeURIComponent("布拖")}`, bearer(fresh.token))
      expect(found.counties).toEqual([
        expect.objectContaining({ code: "513429", name: "布拖县", prefecture_name: "凉山彝族自治州", eligible: true }),
      ])
      const { data: byCode } = await api.get("/supplier/counties?q=5134", bearer(fresh.token))
      const zhaojue = byCode.counties.find((c: { code: string }) => c.code === "513431")
      expect(zhaojue).toMatchObject({ eligible: false, reason: expect.stringContaining("既不是脱贫县") })
      expect((await api.get("/supplier/counties", bearer(fresh.token)).catch(failure)).status).toBe(400)
      expect((await api.get("/supplier/counties?q=布拖").catch(failure)).status).toBe(401)

      const a = await approvedWithListing(1, "A的苦荞茶")
      const b = await approvedWithListing(2, "B的苦荞茶")
      const { data: evidence } = await api.post(
        "/supplier/uploads",
        {
          purpose: "evidence",
          files: [
            {
              filename: "认定书.pdf",
              mime_type: "application/pdf",
              content_base64: Buffer.from("%PDF").toString("base64"),
            },
          ],
        },
        a.supplier
      )
      const application = {
        type: "assistance_product",
        number: "FP-513429-2026-201",
        issuer: "布拖县农业农村局",
        issuer_level: "county",
        valid_from: "2026-01-01",
        valid_to: "2028-12-31",
        evidence: evidence.files,
      }
      const stolen = await api
        .post(`/supplier/products/${b.productId}/certificates`, application, b.supplier)
        .catch(failure)
      expect(stolen.status, "B cannot attach A's evidence").toBe(400)
      const applied = await api.post(`/supplier/products/${a.productId}/certificates`, application, a.supplier)
      await api.post(`/admin/certificates/${applied.data.certificate.id}/transition`, { to: "under_review" }, admin)
      const { data: mine } = await api.get("/supplier/certificates", a.supplier)
      expect(mine.count).toBe(1)
      expect(mine.certificates[0]).toMatchObject({
        number: "FP-513429-2026-201",
        status: "under_review",
        products: [expect.objectContaining({ id: a.productId })],
        events: expect.arrayContaining([expect.objectContaining({ to_status: "under_review" })]),
      })
      expect((await api.get("/supplier/certificates", b.supplier)).data.count).toBe(0)
    })

    it("keeps each supplier's inbox: orders to ship, account and certificate news, unread counts, its own only", async () => {
      type Note = { id: string; kind: string; title: string; body: string | null; link: string; read_at: string | null }
      const inbox = async (headers: Headers, query = "") =>
        (await api.get(`/supplier/notifications${query}`, headers)).data as {
          notifications: Note[]
          count: number
          unread: number
        }
      /** Entries are written by subscribers, just after what they tell of. */
      const inboxOf = async (headers: Headers, count: number) => {
        for (let i = 0; i < 100; i++) {
          const box = await inbox(headers)
          if (box.count >= count) return box
          await sleep(100)
        }
        throw new Error(`the inbox never held ${count} entries`)
      }
      const a = await approvedWithListing(1, "A的苦荞茶")
      const b = await approvedWithListing(2, "B的苦荞茶")
      const buyer = await customerHeaders(api, shop.store, "buyer@example.com")
      const order = await payAndComplete(api, buyer, await cartReady(api, shop, buyer, [a.variantId, b.variantId]))
      const aPart = (await partsOf(order.data.order.id, buyer)).find(
        (p: { supplier_id: string }) => p.supplier_id === a.supplierId
      )

      const box = await inboxOf(a.supplier, 2)
      expect(box.unread).toBe(2)
      expect(box.notifications).toEqual([
        expect.objectContaining({
          kind: "order_to_ship",
          title: `新订单待发货：订单 #${order.data.order.display_id}`,
          link: `/supplier/orders/${aPart.id}`,
          read_at: null,
        }),
        expect.objectContaining({
          kind: "account_status",
          title: "账户状态：已入驻",
          body: "现在可以上架商品、申请认定证书。",
          link: "/supplier",
        }),
      ])
      // the same event delivered again writes nothing
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "supplier_part.created", data: { id: aPart.id } })
      await sleep(500)
      expect((await inbox(a.supplier)).count).toBe(2)

      // B sees its own entries only, and cannot mark A's read
      const bBox = await inboxOf(b.supplier, 2)
      expect(bBox.notifications.map((n) => n.id)).not.toContain(box.notifications[0].id)
      expect(
        (await api.post("/supplier/notifications/read", { ids: [box.notifications[0].id] }, b.supplier)).data
      ).toEqual({ read: 0 })
      expect((await inbox(a.supplier)).unread).toBe(2)

      const read = await api.post("/supplier/notifications/read", { ids: [box.notifications[0].id] }, a.supplier)
      expect(read.data).toEqual({ read: 1 })
      const unread = await inbox(a.supplier, "?unread=true")
      expect(unread).toMatchObject({ count: 1, unread: 1, notifications: [{ kind: "account_status" }] })
      for (const body of [{}, { ids: [] }, { ids: ["x"], all: true }, { all: false }]) {
        const refused = await api.post("/supplier/notifications/read", body, a.supplier).catch(failure)
        expect(refused.status, JSON.stringify(body)).toBe(400)
        expect(refused.data.message).toMatch(/ids|all/)
      }
      expect((await api.get("/supplier/notifications", buyer).catch(failure)).status).toBe(401)
      expect((await api.get("/supplier/notifications").catch(failure)).status).toBe(401)

      // certificate news: each move of its application, with the reviewer's reason
      const applied = await api.post(
        `/supplier/products/${a.productId}/certificates`,
        {
          type: "assistance_product",
          number: "FP-513429-2026-201",
          issuer: "布拖县农业农村局",
          issuer_level: "county",
          valid_from: "2026-01-01",
          valid_to: "2028-12-31",
        },
        a.supplier
      )
      const certificateId = applied.data.certificate.id
      await api.post(`/admin/certificates/${certificateId}/transition`, { to: "under_review" }, admin)
      await api.post(
        `/admin/certificates/${certificateId}/transition`,
        { to: "rejected", reason: "缺少带贫机制说明" },
        admin
      )
      const news = (await inboxOf(a.supplier, 4)).notifications
      // subscribers may finish in either order
      expect(news).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: "certificate_status",
            title: "证书未通过：帮扶产品认定 FP-513429-2026-201",
            body: "缺少带贫机制说明",
            link: "/supplier/certificates",
          }),
          expect.objectContaining({ kind: "certificate_status", title: "证书审核中：帮扶产品认定 FP-513429-2026-201" }),
        ])
      )

      expect((await api.post("/supplier/notifications/read", { all: true }, a.supplier)).data).toEqual({ read: 3 })
      expect((await inbox(a.supplier)).unread).toBe(0)
    })
  },
})
