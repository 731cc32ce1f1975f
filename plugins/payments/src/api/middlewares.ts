import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { RecordRemittance } from "@zhunong/common/payment-rules"
import { captureOnlyWhenRemitted, providerFitsFunding, sessionsFitFunding } from "./payment-choice"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/payment-collections/:id/payment-sessions",
      methods: ["POST"],
      middlewares: [providerFitsFunding],
    },
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [sessionsFitFunding] },
    {
      matcher: "/store/orders/:id/bank-transfer",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    { matcher: "/admin/payments/:id/capture", methods: ["POST"], middlewares: [captureOnlyWhenRemitted] },
    {
      matcher: "/admin/orders/:id/bank-transfer/remittances",
      methods: ["POST"],
      // a voucher in base64 JSON: 5 MB grows by a third when encoded
      bodyParser: { sizeLimit: "8mb" },
      middlewares: [validateAndTransformBody(RecordRemittance)],
    },
  ],
})
