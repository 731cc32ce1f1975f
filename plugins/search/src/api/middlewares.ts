import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"

/**
 * POST /store/search (Medusa's route) may query the product index only. Medusa itself keeps
 * unpublished and out-of-channel products out (the index declares `status` and
 * `sales_channel_ids`); a suspended or terminated supplier's products are kept out here as well,
 * whatever the request asks.
 */
export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/search",
      method: ["POST"],
      middlewares: [
        configureStoreSearch({ allowed_indexes: { product: { filters: () => ({ supplier_active: true }) } } }),
      ],
    },
  ],
})
