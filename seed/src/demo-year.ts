import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createListingWorkflow,
  registerSupplierWorkflow,
  transitionSupplierWorkflow,
} from "@zhunong/marketplace/workflows"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { applyCertificateWorkflow, transitionCertificateWorkflow } from "@zhunong/provenance/workflows"
import { addDays, shanghaiDate } from "@zhunong/common/dates"
import { coveringCodes } from "@zhunong/common/divisions"
import { DEMO_PASSWORD } from "./demo-marks"
import { demoUscc, PATHS } from "./demo-provenance"
import { inBatches } from "./batches"
import { kindOf, YEAR_SUPPLIERS, type Category, type YearSupplier } from "./demo-year-catalog"
import { seedProductArt } from "./product-art"

type Container = ExecArgs["container"]
const OPERATOR = { type: "system" as const, id: null }
const DAY_MS = 86_400_000

/**
 * The demo year's catalog, through the workflows suppliers and operators use: in every paired
 * county a supplier registers, is approved, lists the county's specialties (stock at its own
 * location) and — all but three — holds a valid 扶贫产品认定 for them; pictures are drawn for the
 * new products.
 */
export async function seedYearCatalog(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info(`Seeding the year's suppliers and their ${YEAR_SUPPLIERS.flatMap((s) => s.products).length} products…`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const auth = container.resolve(Modules.AUTH)

  const { result: created } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: [{ name: "肉禽蛋品", handle: "meat", is_active: true }] },
  })
  const { data: categories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const categoryId = new Map([...categories, ...created].map((c) => [c.handle, c.id]))

  const counties = YEAR_SUPPLIERS.map((s) => s.county_code)
  const divisions = await provenance.listDivisions(
    { code: [...new Set(counties.flatMap(coveringCodes))] },
    { select: ["code", "name"], take: null }
  )
  const nameOf = new Map(divisions.map((d) => [d.code, d.name]))
  const today = shanghaiDate(new Date())
  const categorised: { id: string; category: Category }[] = []

  const onboard = async (demo: YearSupplier, index: number) => {
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: demo.email, password: DEMO_PASSWORD },
    })
    if (error || !authIdentity) throw new Error(`Could not register the demo supplier ${demo.email}: ${error}`)
    const uscc = demoUscc(demo.county_code, 500 + index)
    const {
      result: { supplier },
    } = await registerSupplierWorkflow(container).run({
      input: {
        application: {
          name: demo.name,
          uscc,
          entity_type: demo.entity_type,
          county_code: demo.county_code,
          contact_name: demo.contact,
          contact_phone: `0${800 + index}-2${String(100_000 + index * 37).slice(-6)}`,
        },
        owner: { email: demo.email, name: demo.contact },
        auth_identity_id: authIdentity.id,
      },
    })
    await transitionSupplierWorkflow(container).run({ input: { id: supplier.id, to: "approved", actor: OPERATOR } })

    const subtitle = coveringCodes(demo.county_code)
      .reverse()
      .map((code) => nameOf.get(code) ?? "")
      .join("")
    const productIds: string[] = []
    for (const [position, [title, kindName]] of demo.products.entries()) {
      const kind = kindOf(kindName)
      // prices differ a little from county to county, as they do; whole 角
      const drift = ((index * 7 + position * 3) % 5) - 2
      const { result: product } = await createListingWorkflow(container).run({
        input: {
          supplier_id: supplier.id,
          status: "published",
          title,
          subtitle,
          description: kind.description.replace("{c}", demo.county),
          variants: kind.packs.map(([pack, fen]) => ({
            title: pack,
            price_fen: Math.max(990, fen + drift * Math.round(fen / 200) * 10),
            // units buy canteen packs and gift boxes by the dozen or the hundred
            stock: /食堂装|礼盒/.test(`${title} ${pack}`) ? 5_000 : 200 + ((index * 53 + position * 29) % 9) * 100,
          })),
        },
      })
      productIds.push(product.id)
      categorised.push({ id: product.id, category: kind.category })
    }
    if (demo.uncertified) return

    const { result: certificate } = await applyCertificateWorkflow(container).run({
      input: {
        application: {
          type: "assistance_product",
          number: `FP-${demo.county_code}-2025-${String(101 + index).padStart(3, "0")}`,
          batch: "2025年第二批",
          issuer: `${nameOf.get(coveringCodes(demo.county_code)[1]) ?? ""}农业农村局`,
          issuer_level: "prefecture",
          supplier_name: demo.name,
          supplier_uscc: uscc,
          county_code: demo.county_code,
          poverty_mechanism: "订单收购带动脱贫户种养，优先吸纳脱贫劳动力务工，年底按交售量分红",
          beneficiaries: 60 + ((index * 41) % 400),
          valid_from: "2025-06-01",
          valid_to: "2028-05-31",
          product_ids: productIds,
        },
        actor: OPERATOR,
      },
    })
    for (const to of PATHS.valid) {
      await transitionCertificateWorkflow(container).run({
        input: {
          id: certificate.id,
          to,
          reason: null,
          publicity_from: addDays(today, -3),
          publicity_to: addDays(today, 4),
          actor: OPERATOR,
        },
      })
    }
  }
  await inBatches(YEAR_SUPPLIERS, onboard)

  await updateProductsWorkflow(container).run({
    input: {
      products: categorised.map(({ id, category }) => ({ id, category_ids: [categoryId.get(category)!] })),
    },
  })
  await seedProductArt(container)
  await backdateCertificateHistories(container)
}

/**
 * Certificates that are (or were) valid got there today, click by click; the year's sales happened
 * under them months ago, and the ledger counts a sale only if its certificate was valid at that
 * instant. As an import of the certification office's records would, each history up to its
 * `valid` step is dated in the weeks before its validity began; later steps (a suspension, a
 * revocation) keep today's date.
 */
async function backdateCertificateHistories(container: Container) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const certificates = await container
    .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
    .listCertificates({}, { relations: ["events"], take: null })
  for (const certificate of certificates) {
    const events = [...certificate.events].sort((a, b) => +new Date(a.occurred_at) - +new Date(b.occurred_at))
    const valid = events.findIndex((e) => e.to_status === "valid")
    if (valid < 0) continue
    const start = Date.parse(`${certificate.valid_from}T09:00:00+08:00`)
    for (const [i, event] of events.slice(0, valid + 1).entries())
      await db.raw(`update certificate_event set occurred_at = ? where id = ?`, [
        new Date(start - (valid - i) * 7 * DAY_MS - DAY_MS),
        event.id,
      ])
  }
}
