import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { CONTENT_FIELDS } from "../workflows/ledger/steps/append"
import { AdminListLedgerQuery, AdminReconcileLedger } from "./validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/ledger",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListLedgerQuery, { defaults: ["id", "seq", "prev_hash", "hash", ...CONTENT_FIELDS], isList: true })],
    },
    { matcher: "/admin/ledger/reconcile", methods: ["POST"], middlewares: [validateAndTransformBody(AdminReconcileLedger)] },
  ],
})
