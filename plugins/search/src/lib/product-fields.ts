import { search } from "@medusajs/framework/utils"

/**
 * The shop's products as shoppers search them: text (title first, then subtitle, county, tags and
 * categories, then the description, then pinyin), provenance facets, price range in fen and stock.
 * `status` and `sales_channel_ids` let POST /store/search keep unpublished and out-of-channel
 * products out; `supplier_active` is added to every store query by the plugin's middleware.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
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
