import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { divisionNames, PRODUCT_GRAPH_FIELDS, productDocument, type ProductRow } from "../lib/product-documents"
import { PRODUCT_EVENTS } from "@zhunong/common/catalog-events"
import { productIdsOf } from "../lib/product-events"

/**
 * The shop's products as shoppers search them: text (title first, then subtitle, county, tags and
 * categories, then the description, then pinyin), provenance facets, price range in fen and stock.
 * `status` and `sales_channel_ids` let POST /store/search keep unpublished and out-of-channel
 * products out; `supplier_active` is added to every store query by the plugin's middleware.
 */
const productSearchFields = search.define({
  // sortable: the consistency check pages through the index by id, on any engine
  id: search.keyword().filterable().sortable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 3 }),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable().retrievable(false),
  thumbnail: search.keyword(),
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  supplier_active: search.boolean().filterable().retrievable(false),
  supplier_id: search.keyword().filterable(),
  supplier: search.keyword().searchable({ weight: 2 }).filterable().facetable(),
  tags: search.keyword().array().searchable({ weight: 2 }),
  category_ids: search.keyword().array().filterable(),
  categories: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
  province_code: search.keyword().filterable(),
  province: search.keyword().searchable({ weight: 2 }).filterable().facetable(),
  prefecture_code: search.keyword().filterable(),
  prefecture: search.keyword().searchable({ weight: 2 }).filterable().facetable(),
  county_code: search.keyword().filterable(),
  county: search.keyword().searchable({ weight: 2 }).filterable().facetable(),
  poverty_exit: search.boolean().filterable().facetable(),
  certificate_types: search.keyword().array().filterable().facetable(),
  price_min: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["range", "stats"] }),
  price_max: search.integer().filterable().sortable(),
  in_stock: search.boolean().filterable().facetable(),
  created_at: search.date().filterable().sortable(),
  pinyin: search.text().searchable().retrievable(false),
})

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
  events: PRODUCT_EVENTS,
  consume: graphConsume({ ...source, resolve_ids: productIdsOf }),
  seed: graphSeed(source),
})
