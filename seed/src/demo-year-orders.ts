import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  cancelOrderWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { setPurchaseIntentWorkflow } from "@zhunong/attribution/workflows"
import {
  acceptPartWorkflow,
  decideOfflinePurchaseWorkflow,
  ratePartWorkflow,
  recordOrderSalesWorkflow,
  recordPaymentCompletionWorkflow,
  registerOfflinePurchaseWorkflow,
} from "@zhunong/assistance-stats/workflows"
import { LEDGER_MODULE, type LedgerModuleService } from "@zhunong/assistance-stats/modules/ledger"
import { OFFICE_MODULE, type OfficeModuleService } from "@zhunong/assistance-stats/modules/office"
import { marketplace } from "@zhunong/marketplace/modules/marketplace"
import { invoicePartWorkflow, shipPartWorkflow, splitOrderWorkflow } from "@zhunong/marketplace/workflows"
import { openBankTransferWorkflow, recordRemittanceWorkflow } from "@zhunong/payments/workflows"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { addDays, shanghaiDate } from "@zhunong/common/dates"
import { PAYMENT_PROVIDER_IDS } from "@zhunong/common/payment-rules"
import type { Channel, Funding } from "@zhunong/common/purchase-rules"
import { CARRIERS } from "@zhunong/common/supplier-rules"
import { inBatches } from "./batches"
import { YEAR_SUPPLIERS } from "./demo-year-catalog"
import { DEMO_OFFICES } from "./demo-marks"
import { YEAR_OFFLINE_PURCHASES, YEAR_BUYERS, type YearBuyer } from "./demo-year-plan"

type Container = ExecArgs["container"]
const DAY_MS = 86_400_000

/** A small deterministic generator, so every first start seeds the same year. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

interface Variant {
  id: string
  title: string
  product_title: string
  supplier_id: string
}

interface Placement {
  buyer: YearBuyer
  channel: Channel
  funding: Funding
  /** When it was placed: 10:00–17:00 Asia/Shanghai on a working day. */
  at: Date
  lines: { variant: Variant; quantity: number }[]
}

/** Placed orders and how old they are, for the times the year's follow-up gets. */
interface Placed {
  order_id: string
  at: Date
  buyer: YearBuyer
  funding: Funding
}

/**
 * Twelve months of orders up to today, placed through the shop's own workflows (cart, purchase
 * intent, payment session, completion), then split, paid, shipped, invoiced, accepted and rated
 * through the suppliers' and buyers' workflows; the month's last personal order canceled. Past dates are set as an
 * import of the previous platform's orders would set them (docs/decisions.md, "The demo year").
 */
export async function seedYearOrders(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const next = random(2026)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]

  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "cny" })
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const [option] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ name: "快递配送" })
  const { data: rows } = await query.graph({
    entity: "product",
    fields: ["title", "status", "variants.id", "variants.title", "supplier.id", "supplier.status"],
    filters: { status: "published" },
  })
  const variants: Variant[] = rows
    .filter((p) => p.supplier?.status === "approved")
    .flatMap((p) =>
      p.variants.map((v: { id: string; title: string }) => ({
        id: v.id,
        title: v.title,
        product_title: p.title,
        supplier_id: p.supplier.id,
      }))
    )
  // units buy in bulk from the year's suppliers, who keep canteen packs and gift boxes by the thousand
  const yearTitles = new Set(YEAR_SUPPLIERS.flatMap((s) => s.products.map(([title]) => title)))
  const bulk = variants.filter((v) => yearTitles.has(v.product_title))
  const canteenPacks = bulk.filter((v) => v.title.includes("食堂装"))
  const giftBoxes = bulk.filter((v) => v.product_title.includes("礼盒") || v.title.includes("礼盒"))
  const everyday = variants.filter((v) => !v.title.includes("食堂装"))

  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: YEAR_BUYERS.map((b) => b.email) }, { select: ["id", "email"] })
  const customerId = new Map(customers.map((c) => [c.email, c.id]))
  const units = await container
    .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    .listBuyingUnits({ name: YEAR_BUYERS.map((b) => b.unit) }, { select: ["id", "name"] })
  const unitId = new Map(units.map((u) => [u.name, u.id]))

  // The plan: each month a personal order and a canteen order; holiday gifts before 春节, 端午 and 中秋.
  const today = new Date()
  const plan: Placement[] = []
  const workday = (year: number, month: number, day: number) => {
    let at = new Date(Date.UTC(year, month, day, 2 + Math.floor(next() * 7), Math.floor(next() * 60)))
    while ([0, 6].includes(new Date(at.getTime() + 8 * 3_600_000).getUTCDay())) at = new Date(at.getTime() + DAY_MS)
    return at
  }
  const byRole = (role: YearBuyer["role"]) => YEAR_BUYERS.filter((b) => b.role === role)
  for (let back = 11; back >= 0; back--) {
    const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1))
    const [y, m] = [month.getUTCFullYear(), month.getUTCMonth()]
    plan.push({
      buyer: pick(byRole("member")),
      channel: "personal",
      funding: "personal",
      at: workday(y, m, 6 + Math.floor(next() * 10)),
      lines: Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        variant: pick(everyday),
        quantity: 1 + Math.floor(next() * 2),
      })),
    })
    const officer = pick(byRole("procurement_officer"))
    plan.push({
      buyer: officer,
      channel: "canteen",
      funding: officer.canteen_funding ?? "budget",
      at: workday(y, m, 16 + Math.floor(next() * 8)),
      lines: Array.from({ length: 2 + Math.floor(next() * 3) }, () => ({
        variant: pick(canteenPacks),
        quantity: 8 + Math.floor(next() * 24),
      })),
    })
    // 春节 gifts in January, 端午 in May, 中秋 in September
    if ([0, 4, 8].includes(m))
      for (const officer of byRole("union_officer"))
        plan.push({
          buyer: officer,
          channel: "holiday_gift",
          funding: "union",
          at: workday(y, m, 10 + Math.floor(next() * 8)),
          lines: [{ variant: pick(giftBoxes), quantity: 40 + Math.floor(next() * 120) }],
        })
  }
  const due = plan.filter((p) => p.at.getTime() < today.getTime() - DAY_MS).sort((a, b) => +a.at - +b.at)
  logger.info(`Placing the year's ${due.length} orders…`)

  const place = async (order: Placement): Promise<Placed> => {
    const customer = customerId.get(order.buyer.email)
    const unit = unitId.get(order.buyer.unit)
    if (!customer || !unit)
      throw new Error(`The demo year needs ${order.buyer.email} of ${order.buyer.unit} seeded first`)
    const address = { ...order.buyer.address, country_code: "cn" }
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: store.default_sales_channel_id!,
        customer_id: customer,
        email: order.buyer.email,
        shipping_address: address,
        billing_address: address,
        items: order.lines.map((l) => ({ variant_id: l.variant.id, quantity: l.quantity })),
      },
    })
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })
    await setPurchaseIntentWorkflow(container).run({
      input: { cart_id: cart.id, customer_id: customer, unit_id: unit, channel: order.channel, funding: order.funding },
    })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
      input: { cart_id: cart.id },
    })
    const provider = order.funding === "personal" ? PAYMENT_PROVIDER_IDS.system : PAYMENT_PROVIDER_IDS.bank_transfer
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: collection.id, provider_id: provider },
    })
    // The order's events wait until it carries its historical placing time, which the ledger counts it by.
    const eventGroupId = `demo-year-${cart.id}`
    const { result } = await completeCartWorkflow(container).run({
      input: { id: cart.id },
      context: { eventGroupId, preventReleaseEvents: true },
    })
    await db.raw(`update "order" set created_at = ?, updated_at = ? where id = ?`, [order.at, order.at, result.id])
    await eventBus.releaseGroupedEvents(eventGroupId)
    // What order.placed's subscribers do, awaited (each is idempotent under a per-order lock)
    await splitOrderWorkflow(container).run({ input: { order_id: result.id } })
    await recordOrderSalesWorkflow(container).run({ input: { order_id: result.id } })
    if (provider === PAYMENT_PROVIDER_IDS.bank_transfer)
      await openBankTransferWorkflow(container).run({ input: { order_id: result.id } })
    else await recordPaymentCompletionWorkflow(container).run({ input: { order_id: result.id } })
    return { order_id: result.id, at: order.at, buyer: order.buyer, funding: order.funding }
  }
  const placed = await inBatches(due, place)

  logger.info("Paying, shipping and accepting the year's orders…")
  const parts = marketplace(container)
  const [admin] = await container.resolve(Modules.USER).listUsers({}, { select: ["id"], take: 1 })
  const ageDays = (at: Date) => (today.getTime() - at.getTime()) / DAY_MS
  // the month's last personal order was canceled by its buyer before shipping
  const toCancel = new Set(
    placed
      .filter((o) => ageDays(o.at) < 30 && o.funding === "personal")
      .slice(-1)
      .map((o) => o.order_id)
  )
  const followUp = async (order: Placed, index: number) => {
    const age = ageDays(order.at)
    if (toCancel.has(order.order_id)) {
      await cancelOrderWorkflow(container).run({ input: { order_id: order.order_id, canceled_by: admin?.id } })
      return
    }
    if (order.funding !== "personal") {
      const [transfer] = await db("bank_transfer").where({ order_id: order.order_id }).select("amount_fen")
      await recordRemittanceWorkflow(container).run({
        input: {
          order_id: order.order_id,
          recorded_by: admin?.id ?? "seed",
          amount_fen: Number(transfer.amount_fen),
          payer_account_name: order.buyer.unit,
          bank_reference: `DEMO${order.order_id.slice(-10)}`,
          remitted_on: shanghaiDate(new Date(Math.min(order.at.getTime() + 4 * DAY_MS, today.getTime()))),
        },
      })
    }
    if (age < 3) return
    for (const [n, part] of (await parts.listSupplierParts({ order_id: order.order_id })).entries()) {
      const supplierId = (part as { supplier_id?: string | null }).supplier_id
      if (!supplierId) continue
      await shipPartWorkflow(container).run({
        input: {
          supplier_id: supplierId,
          part_id: part.id,
          carrier: CARRIERS[(index + n) % 4],
          tracking_number: `SF${String(1_400_000_000 + index * 97 + n).padStart(12, "0")}`,
        },
      })
      if (order.funding !== "personal")
        await invoicePartWorkflow(container).run({
          input: { supplier_id: supplierId, part_id: part.id, invoice_number: `${24_000_000 + index * 10 + n}` },
        })
      if (age < 8 || index % 11 === 5) continue
      const buyer = { order_id: order.order_id, part_id: part.id, customer_id: customerId.get(order.buyer.email)! }
      await acceptPartWorkflow(container).run({ input: buyer })
      if (index % 4 === 3) continue
      await ratePartWorkflow(container).run({
        input: { ...buyer, rating: index % 9 === 0 ? 4 : 5, comment: COMMENTS[index % COMMENTS.length] },
      })
    }
  }
  await inBatches(placed, followUp)
  await backdateFollowUp(container, placed)
  await seedOfflinePurchases(container)
}

const COMMENTS = [
  "品质很好，包装结实，职工反映不错",
  "发货及时，和描述一致",
  "食堂师傅说很好用，下次继续采购",
  null,
  "物流稍慢，货品没问题",
]

/**
 * The times the follow-up workflows wrote "now" for, moved to when they would have happened after
 * the historical placing time: paid within the day (对公转账 four days later), shipped the next
 * day, delivered and accepted after five, rated after six. Every row an order's follow-up writes
 * with a time, in Medusa's tables and ours.
 */
async function backdateFollowUp(container: Container, placed: Placed[]) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await new Promise((settle) => setTimeout(settle, 1_000)) // subscribers still finishing on the in-process bus
  for (const order of placed) {
    const at = (days: number) => new Date(order.at.getTime() + days * DAY_MS)
    const paid = order.funding === "personal" ? at(0.01) : at(4)
    const id = order.order_id
    await db.raw(
      `update order_line_item set created_at = ?, updated_at = ? where id in (select item_id from order_item where order_id = ?)`,
      [order.at, order.at, id]
    )
    await db.raw(`update order_item set created_at = ?, updated_at = ? where order_id = ?`, [order.at, order.at, id])
    await db.raw(`update order_attribution set attributed_at = ?, created_at = ? where order_id = ?`, [
      order.at,
      order.at,
      id,
    ])
    await db.raw(
      `update payment_collection set created_at = ?, completed_at = ? where id in (select payment_collection_id from order_payment_collection where order_id = ?)`,
      [order.at, paid, id]
    )
    await db.raw(
      `update payment set created_at = ?, captured_at = ? where payment_collection_id in (select payment_collection_id from order_payment_collection where order_id = ?)`,
      [order.at, paid, id]
    )
    await db.raw(`update payment_evidence set paid_at = ? where order_id = ?`, [paid, id])
    await db.raw(`update bank_transfer set created_at = ?, due_at = ?, paid_at = ? where order_id = ?`, [
      order.at,
      at(15),
      paid,
      id,
    ])
    // only what happened: a personal order has no invoice, a recent part is not accepted yet
    await db.raw(
      `update supplier_part set created_at = ?, shipped_at = ?,
         invoiced_at = case when invoiced_at is null then null else ?::timestamptz end,
         accepted_at = case when accepted_at is null then null else ?::timestamptz end
       where order_id = ? and shipped_at is not null`,
      [order.at, at(1), at(2), at(5), id]
    )
    await db.raw(
      `update fulfillment set created_at = ?, shipped_at = ?, delivered_at = case when delivered_at is null then null else ?::timestamptz end where id in (select fulfillment_id from order_fulfillment where order_id = ?)`,
      [at(1), at(1), at(5), id]
    )
    for (const [step, days] of [
      ["paid", order.funding === "personal" ? 0.01 : 4],
      ["shipped", 1],
      ["delivered", 5],
      ["accepted", 5],
      ["rated", 6],
    ] as const)
      await db.raw(`update completion_step set occurred_at = ? where order_id = ? and step = ?`, [at(days), id, step])
  }
}

/**
 * Purchases made off the platform (展销会, 定向采购 at the paired counties) and registered by the
 * units with their invoices: most verified by the office, two waiting, one refused — the bulk of a
 * real year's amounts, as in the offices' own reports.
 */
async function seedOfflinePurchases(container: Container) {
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const offices = container.resolve<OfficeModuleService>(OFFICE_MODULE)
  const units = await container
    .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    .listBuyingUnits({ name: YEAR_OFFLINE_PURCHASES.map((p) => p.unit) }, { select: ["id", "name"] })
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: YEAR_OFFLINE_PURCHASES.map((p) => p.registered_by) }, { select: ["id", "email"] })
  // each office once: who decides, and the jurisdictions it decides for
  const deciders = new Map(
    await Promise.all(
      DEMO_OFFICES.map(async (office) => {
        const [user] = await offices.listOfficeUsers({ email: office.email }, { select: ["id"] })
        const subtree = await provenance.jurisdictionSubtree(office.jurisdiction_code)
        return [office.jurisdiction_code as string, { user_id: user.id, subtree }] as const
      })
    )
  )
  const today = shanghaiDate(new Date())
  for (const [index, purchase] of YEAR_OFFLINE_PURCHASES.entries()) {
    const decider = deciders.get(purchase.jurisdiction_code)!
    const date = addDays(today, -purchase.days_ago)
    const { result: entry } = await registerOfflinePurchaseWorkflow(container).run({
      input: {
        unit_id: units.find((u) => u.name === purchase.unit)!.id,
        registered_by: customers.find((c) => c.email === purchase.registered_by)!.id,
        supplier_name: purchase.supplier_name,
        description: purchase.description,
        county_code: purchase.county_code,
        amount_fen: purchase.amount_fen,
        purchase_date: date,
        purchase_type: purchase.purchase_type,
        channel: purchase.channel,
        funding: purchase.funding,
        invoice_numbers: [`${31_000_000 + index * 13}`, `${31_000_001 + index * 13}`],
        contract_number: `XY-${date.slice(0, 4)}-${String(index + 1).padStart(3, "0")}`,
      },
    })
    if (purchase.decision === "pending") continue
    await decideOfflinePurchaseWorkflow(container).run({
      input: {
        id: entry.id,
        action: purchase.decision,
        reason: purchase.decision === "reject" ? "发票抬头与登记单位不一致，请补充说明后重新登记" : null,
        office_user_id: decider.user_id,
        subtree: decider.subtree,
      },
    })
  }

  // A finding for 松江区's checks: a platform canteen purchase registered again off the platform, waiting for the office.
  const registrar: Record<string, string> = {
    上海市松江区机关事务管理局: "wangfang@sjjgsw.example",
    上海市松江一中: "sunli@sjyz.example",
  }
  const [sale] = await container
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listLedgerEntries(
      { kind: "sale", channel: "canteen", unit_name: Object.keys(registrar) },
      { take: 1, order: { occurred_at: "DESC" } }
    )
  if (!sale?.unit_id || !sale.supplier_name || !sale.county_code) return
  const [clerk] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: registrar[sale.unit_name!] }, { select: ["id"] })
  await registerOfflinePurchaseWorkflow(container).run({
    input: {
      unit_id: sale.unit_id,
      registered_by: clerk.id,
      supplier_name: sale.supplier_name,
      description: `食堂${sale.product_title}采购（补登）`,
      county_code: sale.county_code,
      amount_fen: Number(sale.amount_fen),
      purchase_date: sale.day,
      purchase_type: "direct",
      channel: "canteen",
      funding: "budget",
      invoice_numbers: ["39000001"],
    },
  })
}
