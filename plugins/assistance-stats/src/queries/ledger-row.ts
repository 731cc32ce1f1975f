import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE, type MarketplaceModuleService } from "@zhunong/marketplace/modules/marketplace"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import { ledger, partKeyOf } from "../modules/ledger"
import { divisionNames } from "./dimension-names"
import { entryHash } from "../utils/hash-chain"
import { contentOf } from "../workflows/ledger/steps/append"

type Container = Pick<MedusaContainer, "resolve">

/**
 * One 台账 row of an office's subtree with everything an auditor asks of it: the row as written
 * (less the buyer's customer id — the unit stands for them), the other rows of its order in the
 * subtree, the 832 completion steps, its order's payment and its part's shipment and invoice, the private files proving it (the
 * supplier's invoice, the certificates' evidence) and its place in the hash chain, recomputed now.
 * A row outside the subtree is not found, as one that does not exist.
 */
export async function ledgerRowDetail(container: Container, id: string, subtree: string[]) {
  const service = ledger(container)
  const [row] = await service.listLedgerEntries({ id, jurisdiction_code: subtree })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: 台账记录 ${id} 不存在或不在本辖区内`)
  const part = partKeyOf(row)
  const certificateIds = (Array.isArray(row.certificates) ? (row.certificates as { id?: unknown }[]) : [])
    .map((c) => c.id)
    .filter((c): c is string => typeof c === "string")
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [siblings, steps, evidence, payments, next, invoiceFiles, certificateFiles, name, jurisdictions] =
    await Promise.all([
      service.listLedgerEntries(
        { order_id: row.order_id, jurisdiction_code: subtree },
        {
          select: ["id", "seq", "kind", "product_title", "variant_title", "quantity", "amount_fen", "counted"],
          order: { seq: "ASC" },
          take: 200,
        }
      ),
      service.listCompletionSteps(
        { order_id: row.order_id, part_key: ["order", part] },
        { order: { occurred_at: "ASC" } }
      ),
      service.listPartEvidences({ order_id: row.order_id, part_key: part }),
      row.kind === "offline" ? Promise.resolve([]) : service.listPaymentEvidences({ order_id: row.order_id }),
      service.listLedgerEntries({ seq: row.seq + 1 }, { select: ["seq", "prev_hash"] }),
      row.supplier_id && row.kind !== "offline"
        ? marketplace.listSupplierFiles({ order_id: row.order_id, supplier_id: row.supplier_id })
        : Promise.resolve([]),
      certificateIds.length ? marketplace.listSupplierFiles({ certificate_id: certificateIds }) : Promise.resolve([]),
      divisionNames(container, [row.county_code, row.prefecture_code, row.province_code]),
      row.jurisdiction_code
        ? container
            .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
            .listJurisdictions({ code: row.jurisdiction_code }, { select: ["code", "name"] })
        : Promise.resolve([]),
    ])
  const { customer_id: _buyer, ...entry } = row
  const file = (f: (typeof invoiceFiles)[number]) => ({
    id: f.id,
    purpose: f.purpose,
    filename: f.filename,
    certificate_id: f.certificate_id,
  })
  return {
    entry,
    /** The names of the row's origin and jurisdiction codes. */
    places: {
      county: name(row.county_code),
      prefecture: name(row.prefecture_code),
      province: name(row.province_code),
      jurisdiction: jurisdictions[0]?.name ?? row.jurisdiction_code ?? "",
    },
    order_lines: siblings,
    completion: steps.map((s) => ({ step: s.step, occurred_at: s.occurred_at, rating: s.rating, comment: s.comment })),
    evidence: evidence[0]
      ? {
          carrier: evidence[0].carrier,
          tracking_number: evidence[0].tracking_number,
          invoice_number: evidence[0].invoice_number,
        }
      : null,
    /** How the order was paid (provider, reference, amount, when), once its payment is captured. */
    payment: payments[0]
      ? {
          provider_id: payments[0].provider_id,
          reference: payments[0].reference,
          amount_fen: payments[0].amount_fen,
          paid_at: payments[0].paid_at,
        }
      : null,
    files: [...invoiceFiles, ...certificateFiles].map(file),
    chain: {
      seq: row.seq,
      prev_hash: row.prev_hash,
      hash: row.hash,
      /** The row's content still hashes to what was written. */
      intact: entryHash(row.prev_hash, row.seq, contentOf(row)) === row.hash,
      /** The next row links to this one (null while it is the last). */
      next_links: next[0] ? next[0].prev_hash === row.hash : null,
    },
  }
}
