import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { resolve } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { readShopSearch, storeSearchBody } from "@zhunong/common/search-rules"
import { checkProductIndexWorkflow } from "@zhunong/search/workflows"
import { adminHeaders } from "../../../../test/support/admin"
import { shoppableStore } from "../../../../test/support/checkout"
import { approvedSupplier, certifyProduct, listProduct } from "../../../../test/support/marketplace"
import { createLiangshanDivisions } from "../../../../test/support/provenance"

const ROOT = resolve(__dirname, "../../../..")
type Headers = { headers: Record<string, string> }
type Hit = { id: string; document: Record<string, unknown> }
type Result = { hits: Hit[]; facets?: Record<string, unknown>; metadata: { count: number | null } }

medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let shop: Awaited<ReturnType<typeof shoppableStore>>

    beforeEach(async () => {
      // each test starts on a fresh database: build the index there, as `npm start`'s first boot does
      await getContainer().resolve(Modules.SEARCH).reindex({ index: "product" })
      admin = await adminHeaders(getContainer(), api)
      await createLiangshanDivisions(getContainer())
      shop = await shoppableStore(getContainer(), ["昭通苹果", "汉源红花椒", "勐海普洱熟茶饼"])
    })

    const searchOnce = async (body: Record<string, unknown>): Promise<Result> =>
      (await api.post("/store/search", { entity: "product", ...body }, shop.store)).data.results[0]

    /**
     * The index follows events asynchronously: asks until `until` holds (or gives the last answer after
     * 45 s — 250 products' events take a busy two-core CI machine more than 15 s to index).
     */
    async function searchUntil(body: Record<string, unknown>, until: (r: Result) => boolean): Promise<Result> {
      const deadline = Date.now() + 45_000
      let result = await searchOnce(body)
      while (!until(result) && Date.now() < deadline) {
        await sleep(250)
        result = await searchOnce(body)
      }
      return result
    }
    const titles = (r: Result) => r.hits.map((h) => h.document.title)

    it("finds Chinese by words of two characters, by county and by pinyin", async () => {
      const { supplier } = await approvedSupplier(api, admin, "leanqiao@example.com")
      const { productId } = await listProduct(api, supplier, "布拖苦荞茶")
      await certifyProduct(api, admin, supplier, productId)

      const r = await searchUntil({ filters: { q: "苦荞" } }, (r) => r.hits.length > 0)
      expect(titles(r)).toEqual(["布拖苦荞茶"])
      expect(titles(await searchOnce({ filters: { q: "花椒" } }))).toEqual(["汉源红花椒"])
      expect(titles(await searchOnce({ filters: { q: "pingguo" } }))).toEqual(["昭通苹果"])
      expect(titles(await searchOnce({ filters: { q: "pg" } }))).toEqual(["昭通苹果"])
      expect(titles(await searchOnce({ filters: { q: "凉山" } }))).toEqual(["布拖苦荞茶"])
      expect(titles(await searchOnce({ filters: { q: "榴莲" } }))).toEqual([])
      // a mistyped pinyin finds nothing by words, and the apple when near matches are accepted
      expect(titles(await searchOnce({ filters: { q: "pinguo" } }))).toEqual([])
      expect(
        titles(await searchOnce({ filters: { q: "pinguo" }, search_options: { typo_tolerance: true } }))
      ).toContain("昭通苹果")
      const faceted = await searchOnce({
        filters: { q: "苦荞" },
        search_options: { facets: ["county", "prefecture", "province", "certificate_types", "poverty_exit"] },
      })
      expect(faceted.facets).toMatchObject({
        county: { values: [{ value: "布拖县", count: 1 }] },
        prefecture: { values: [{ value: "凉山彝族自治州", count: 1 }] },
        province: { values: [{ value: "四川省", count: 1 }] },
        certificate_types: { values: [{ value: "assistance_product", count: 1 }] },
      })
    })

    it("answers the shop's own search: facets counted disjunctively, certified only, a page in price order", async () => {
      const { supplier } = await approvedSupplier(api, admin, "leanqiao@example.com")
      const tea = await listProduct(api, supplier, "布拖苦荞茶")
      await listProduct(api, supplier, "布拖苦荞米")
      await certifyProduct(api, admin, supplier, tea.productId)
      const ask = async (params: Record<string, string>) =>
        (await api.post("/store/search", storeSearchBody(readShopSearch(params).search), shop.store)).data.results[0]

      await searchUntil({ filters: { q: "苦荞" } }, (r) => r.hits.length === 2)
      const narrowed = await searchUntil(
        { filters: { q: "苦荞", certificate_types: { $exists: true } } },
        (r) => r.hits.length === 1
      )
      expect(titles(narrowed)).toEqual(["布拖苦荞茶"])

      // choosing 昭觉县, where nothing matches, still counts 布拖县: the county facet ignores its own filter
      const elsewhere = await ask({ county: "昭觉县" })
      expect(elsewhere.metadata.count).toBe(0)
      expect(elsewhere.facets.county.values).toEqual([{ value: "布拖县", count: 2 }])
      const butuo = await ask({ county: "布拖县", sort: "price_asc" })
      expect(butuo.metadata.count).toBe(2)
      expect(butuo.facets.price_min).toMatchObject({ min: 6990, max: 6990 })
      const certified = await ask({ q: "苦荞", certified: "1" })
      expect(certified.hits.map((h: Hit) => h.document.title)).toEqual(["布拖苦荞茶"])
      expect(certified.facets.certificate_types.values).toEqual([{ value: "assistance_product", count: 1 }])
    })

    it("ranks a title match before a description match, and never returns a draft or another channel's product", async () => {
      const container = getContainer()
      const channel = { id: shop.channelId }
      const product = (title: string, description: string, extra: Record<string, unknown> = {}) => ({
        title,
        description,
        status: ProductStatus.PUBLISHED,
        sales_channels: [channel],
        options: [{ title: "规格", values: ["默认"] }],
        variants: [
          {
            title: "默认",
            options: { 规格: "默认" },
            manage_inventory: false,
            prices: [{ currency_code: "cny", amount: 30 }],
          },
        ],
        ...extra,
      })
      const {
        result: [other],
      } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "另一个渠道" }] } })
      await createProductsWorkflow(container).run({
        input: {
          products: [
            product("高山绿茶礼盒", "产自云南，配小粒咖啡一包"),
            product("云南小粒咖啡", "阿拉比卡豆，中度烘焙"),
            product("咖啡草稿", "还没上架的咖啡", { status: ProductStatus.DRAFT }),
            product("别的渠道咖啡", "另一个渠道的咖啡", { sales_channels: [{ id: other.id }] }),
          ],
        },
      })
      const r = await searchUntil({ filters: { q: "咖啡" } }, (r) => r.hits.length >= 2)
      expect(titles(r)).toEqual(["云南小粒咖啡", "高山绿茶礼盒"])
    })

    it("follows the catalog: title, price, stock, origin, certificate and supplier changes show in search", async () => {
      const container = getContainer()
      const { supplier, supplierId } = await approvedSupplier(api, admin, "leanqiao@example.com")
      const { productId, variantId } = await listProduct(api, supplier, "布拖苦荞茶")
      const doc = async (until: (d: Record<string, unknown> | undefined) => boolean) => {
        const r = await searchUntil({ filters: { id: productId } }, (r) => until(r.hits[0]?.document))
        return r.hits[0]?.document
      }
      expect(await doc((d) => d?.price_min === 6990)).toMatchObject({
        title: "布拖苦荞茶",
        price_min: 6990,
        in_stock: true,
        county: "布拖县",
        certificate_types: [],
      })

      // product.updated
      await api.post(`/admin/products/${productId}`, { title: "布拖黑苦荞茶" }, admin)
      expect(await doc((d) => d?.title === "布拖黑苦荞茶")).toMatchObject({ title: "布拖黑苦荞茶" })
      expect(titles(await searchOnce({ filters: { q: "黑苦荞" } }))).toEqual(["布拖黑苦荞茶"])

      // product-variant.updated: the price
      await api.post(
        `/admin/products/${productId}/variants/${variantId}`,
        { prices: [{ currency_code: "cny", amount: 59.9 }] },
        admin
      )
      expect(await doc((d) => d?.price_min === 5990)).toMatchObject({ price_min: 5990, price_max: 5990 })

      // inventory-level.updated: sold out
      const { data: levels } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
        filters: { id: variantId },
      })
      const item = levels[0].inventory_items[0]
      await api.post(
        `/admin/inventory-items/${item.inventory_item_id}/location-levels/${item.inventory.location_levels[0].location_id}`,
        { stocked_quantity: 0 },
        admin
      )
      expect(await doc((d) => d?.in_stock === false)).toMatchObject({ in_stock: false })

      // product.origin_set
      await api.post(`/admin/products/${productId}/origin`, { county_code: "513431" }, admin)
      expect(await doc((d) => d?.county === "昭觉县")).toMatchObject({ county: "昭觉县", county_code: "513431" })

      // certificate.valid, then certificate.revoked
      const certificate = await certifyProduct(api, admin, supplier, productId)
      expect(await doc((d) => (d?.certificate_types as string[]).length === 1)).toMatchObject({
        certificate_types: ["assistance_product"],
      })
      await api.post(`/admin/certificates/${certificate.id}/transition`, { to: "revoked", reason: "抽检不合格" }, admin)
      expect(await doc((d) => (d?.certificate_types as string[]).length === 0)).toMatchObject({ certificate_types: [] })

      // supplier.suspended: gone from the shop's search; supplier.approved: back
      await api.post(`/admin/suppliers/${supplierId}/transition`, { to: "suspended", reason: "停业整顿" }, admin)
      expect(await doc((d) => d === undefined)).toBeUndefined()
      await api.post(`/admin/suppliers/${supplierId}/transition`, { to: "approved" }, admin)
      expect(await doc((d) => d !== undefined)).toMatchObject({ title: "布拖黑苦荞茶" })
    })

    it("filters and sorts by price over any number of products", async () => {
      const count = 250
      await createProductsWorkflow(getContainer()).run({
        input: {
          products: Array.from({ length: count }, (_, i) => ({
            title: `高原土豆 ${i + 1} 号`,
            status: ProductStatus.PUBLISHED,
            sales_channels: [{ id: shop.channelId }],
            options: [{ title: "规格", values: ["默认"] }],
            variants: [
              {
                title: "默认",
                options: { 规格: "默认" },
                manage_inventory: false,
                prices: [{ currency_code: "cny", amount: i + 1 }],
              },
            ],
          })),
        },
      })
      const body = {
        filters: { q: "土豆", price_min: { $gte: 20_000 } },
        pagination: { take: 10, order: { price_min: "DESC" } },
      }
      const r = await searchUntil(body, (r) => r.metadata.count === 51)
      expect(r.metadata.count).toBe(51) // 200 元 and up: 200 … 250 号
      expect(r.hits[0].document).toMatchObject({ title: "高原土豆 250 号", price_min: 25_000 })
      const cheapest = await searchOnce({ ...body, pagination: { take: 1, order: { price_min: "ASC" } } })
      expect(cheapest.hits[0].document).toMatchObject({ title: "高原土豆 200 号" })
    })

    it("answers hostile input with a 4xx, never a 5xx", async () => {
      const bodies: Record<string, unknown>[] = [
        { filters: { q: "a\u0000b" } },
        { filters: { county: "布拖\u0000县" } },
        { filters: { q: "苹".repeat(20_000) } },
        { filters: { q: "'; drop table product; --" } },
        { filters: { nope: "x" } },
        { filters: { price_min: { $gte: "abc" } } },
        { pagination: { order: { nope: "ASC" } } },
        { search_options: { facets: ["description"] } },
        { search_options: { attributes_to_search_on: ["title"] }, filters: { q: "茶" } },
        { entity: "customer" },
      ]
      for (const body of bodies) {
        const res = await api
          .post("/store/search", { entity: "product", ...body }, shop.store)
          .catch((e: { response: { status: number } }) => e.response)
        expect(res.status, JSON.stringify(body).slice(0, 80)).toBeLessThan(500)
      }
    })

    it("the nightly check finds a lost, a stale and a stray document, repairs them, and then finds nothing", async () => {
      const container = getContainer()
      const index = container.resolve(Modules.SEARCH)
      await searchUntil({ filters: { q: "花椒" } }, (r) => r.hits.length === 1)
      const apple = shop.productId["昭通苹果"]
      const pepper = shop.productId["汉源红花椒"]
      // what a lost event would leave: a document missing, one out of date, one of no product
      const damage = async () => {
        await index.deleteDocuments({ index: "product", filters: { id: [apple] } })
        await index.upsertDocuments({
          index: "product",
          documents: [
            {
              ...(await searchOnce({ filters: { id: pepper } })).hits[0].document,
              id: pepper,
              title: "旧标题",
              status: "published",
              sales_channel_ids: [shop.channelId],
              supplier_active: true,
            },
            { id: "prod_gone", title: "已删除的商品", status: "published", supplier_active: true },
          ],
        })
      }
      const check = async (repair: boolean) =>
        (await checkProductIndexWorkflow(container).run({ input: { repair } })).result
      // An event of the store's setup still on its way puts a document back as it was (on a busy machine,
      // after the damage): the damage is done again until the check sees it, ten times at most.
      await damage()
      let found = await check(false)
      for (let attempt = 1; attempt < 10 && !(found.missing.length && found.stale.length); attempt++) {
        await sleep(1000)
        await damage()
        found = await check(false)
      }
      expect(found).toMatchObject({
        checked: 3,
        missing: [apple],
        stale: [pepper],
        extra: ["prod_gone"],
        repaired: false,
      })
      expect(titles(await searchOnce({ filters: { id: pepper } }))).toEqual(["旧标题"])

      expect((await check(true)).repaired).toBe(true)
      expect(titles(await searchOnce({ filters: { q: "花椒" } }))).toEqual(["汉源红花椒"])
      expect(titles(await searchOnce({ filters: { q: "苹果" } }))).toEqual(["昭通苹果"])
      expect(titles(await searchOnce({ filters: { q: "已删除" } }))).toEqual([])
      expect(await check(false)).toMatchObject({ checked: 3, missing: [], stale: [], extra: [] })
    })
  },
})
