import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "@zhunong/marketplace/modules/marketplace"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { resolve } from "node:path"
import { performance } from "node:perf_hooks"
import { adminHeaders } from "../support/admin"
import { shoppableStore } from "../support/checkout"
import { approvedSupplier, validButuoCertificate } from "../support/marketplace"
import { createLiangshanDivisions } from "../support/provenance"

const ROOT = resolve(__dirname, "../..")
const PRODUCTS = 2_000
const RUNS = 30
const WARMUP = 5

/** The storefront's catalog card (storefront/src/lib/data/catalog.ts): prices, origin county and certificates. */
const CARD_FIELDS =
  "id,title,subtitle,handle,thumbnail,created_at,*variants.calculated_price," +
  "+division.code,+division.name,+division.parent_code,+division.is_poverty_exit,+division.is_key_assistance," +
  "+certificates.id,+certificates.type,+certificates.number,+certificates.status,+certificates.valid_from,+certificates.valid_to"

/**
 * The catalog against plain Medusa on the same 2,000 products, in one process and one run: Medusa's
 * own product list (its default fields; our middlewares let it pass untouched) beside the shop's
 * catalog card (prices, origin and certificates through our links), a product page and `q` search;
 * then the same after a second, empty sales channel is added, the setup the shop had before it sold
 * through one channel. Figures: wall time and process CPU per request (server and client share the
 * process), mean of RUNS after WARMUP, cases taken in turn each round so drift falls on all alike.
 */
medusaIntegrationTestRunner({
  cwd: resolve(ROOT, "backend"),
  testSuite: ({ api, getContainer }) => {
    it("measures the catalog beside Medusa's own list, with one sales channel and with two", async () => {
      const container = getContainer()
      const admin = await adminHeaders(container, api)
      await createLiangshanDivisions(container)
      const shop = await shoppableStore(container, [])
      const { supplierId } = await approvedSupplier(api, admin, "owner@coop.example")
      const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
      const [county] = await provenance.listDivisions({ code: "513429" }, { select: ["id"] })
      const certificate = await validButuoCertificate(container)

      const started = performance.now()
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      for (let batch = 0; batch < PRODUCTS / 100; batch++) {
        const { result } = await createProductsWorkflow(container).run({
          input: {
            products: Array.from({ length: 100 }, (_, i) => {
              const n = batch * 100 + i
              return {
                title: `布拖苦荞茶 ${n}`,
                handle: `bench-${n}`,
                status: ProductStatus.PUBLISHED,
                sales_channels: [{ id: shop.channelId }],
                options: [{ title: "规格", values: ["500g"] }],
                variants: [
                  {
                    title: "500g",
                    options: { 规格: "500g" },
                    manage_inventory: false,
                    prices: [{ currency_code: "cny", amount: 39.9 + (n % 50) }],
                  },
                ],
              }
            }),
          },
        })
        await link.create(
          result.flatMap((p, i): LinkDefinition[] => [
            { [MARKETPLACE_MODULE]: { supplier_id: supplierId }, [Modules.PRODUCT]: { product_id: p.id } },
            { [Modules.PRODUCT]: { product_id: p.id }, [PROVENANCE_MODULE]: { division_id: county.id } },
            ...(i % 2
              ? []
              : [{ [Modules.PRODUCT]: { product_id: p.id }, [PROVENANCE_MODULE]: { certificate_id: certificate.id } }]),
          ])
        )
      }
      console.log(
        `${PRODUCTS} products with supplier, origin and certificates (half) in ${((performance.now() - started) / 1000).toFixed(1)} s`
      )

      const cases: { name: string; url: string }[] = [
        { name: "Medusa's own list, limit 20", url: "/store/products?limit=20" },
        {
          name: "shop catalog card, limit 20",
          url: `/store/products?limit=20&region_id=${shop.regionId}&fields=${encodeURIComponent(CARD_FIELDS)}`,
        },
        {
          name: "Medusa's list with q=苦荞, limit 20",
          url: `/store/products?limit=20&q=${encodeURIComponent("苦荞")}`,
        },
        {
          name: "product page (by handle)",
          url: `/store/products?handle=bench-777&region_id=${shop.regionId}&fields=${encodeURIComponent(`${CARD_FIELDS},+supplier.name`)}`,
        },
      ]
      const measure = async () => {
        const totals = new Map(cases.map((c) => [c.name, { wall: 0, cpu: 0 }]))
        for (let round = 0; round < RUNS + WARMUP; round++) {
          for (const c of cases) {
            const cpu = process.cpuUsage()
            const start = performance.now()
            const res = await api.get(c.url, shop.store)
            const wall = performance.now() - start
            const used = process.cpuUsage(cpu)
            if (res.status !== 200 || !res.data.products.length) throw new Error(`${c.name}: ${res.status}`)
            if (round < WARMUP) continue
            const total = totals.get(c.name)!
            total.wall += wall
            total.cpu += (used.user + used.system) / 1000
          }
        }
        return new Map([...totals].map(([name, t]) => [name, { wall: t.wall / RUNS, cpu: t.cpu / RUNS }]))
      }

      const one = await measure()
      await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "第二渠道（空）" }] } })
      const two = await measure()
      console.log(`| request | one channel: ms wall / ms CPU | two channels: ms wall / ms CPU | two ÷ one (CPU) |`)
      console.log(`|---|---|---|---|`)
      for (const c of cases) {
        const a = one.get(c.name)!
        const b = two.get(c.name)!
        console.log(
          `| ${c.name} | ${a.wall.toFixed(1)} / ${a.cpu.toFixed(1)} | ${b.wall.toFixed(1)} / ${b.cpu.toFixed(1)} | ${(b.cpu / a.cpu).toFixed(2)}× |`
        )
      }
      const ours = one.get("shop catalog card, limit 20")!
      const medusa = one.get("Medusa's own list, limit 20")!
      console.log(`shop catalog card ÷ Medusa's own list (one channel, CPU): ${(ours.cpu / medusa.cpu).toFixed(2)}×`)
    })
  },
})
