import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import { productSearchFields } from "../lib/product-fields"
import { divisionNames, PRODUCT_GRAPH_FIELDS, productDocument, type ProductRow } from "../lib/product-documents"
import { PRODUCT_SEARCH_EVENTS, productIdsOf } from "../lib/product-events"

const source = {
  fields: PRODUCT_GRAPH_FIELDS,
  // one read of the page's prefecture and province names, whatever the page size
  transform: async (rows: ProductRow[], { container }: Parameters<typeof productIdsOf>[1]) => {
    const names = await divisionNames(container, rows)
    return rows.map((row) => productDocument(row, names))
  },
}

/**
 * The shop's product index (POST /store/search, entity "product"): built page by page from
 * `query.graph` and kept in sync by the events that change what a document holds.
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  events: PRODUCT_SEARCH_EVENTS,
  consume: graphConsume({ ...source, resolve_ids: productIdsOf }),
  seed: graphSeed(source),
})
