import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { officeSession } from "./office-session"
import { CONTENT_FIELDS } from "../workflows/ledger/steps/append"
import {
  AdminCreateOffice,
  AdminListLedgerQuery,
  AdminListOfficesQuery,
  AdminReconcileLedger,
  OfficeExportQuery,
  OfficeStatsQuery,
} from "./validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/ledger",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListLedgerQuery, { defaults: ["id", "seq", "prev_hash", "hash", ...CONTENT_FIELDS], isList: true })],
    },
    { matcher: "/admin/ledger/reconcile", methods: ["POST"], middlewares: [validateAndTransformBody(AdminReconcileLedger)] },
    {
      matcher: "/admin/offices",
      methods: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminListOfficesQuery, {
          defaults: ["id", "email", "name", "office_name", "office_type", "jurisdiction_code", "status", "created_at"],
          isList: true,
        }),
      ],
    },
    { matcher: "/admin/offices", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateOffice)] },

    // Offices: every route reads the office's jurisdiction subtree, taken from the signed-in office user.
    { matcher: "/office*", middlewares: [authenticate("office", ["session", "bearer"]), officeSession] },
    { matcher: "/office/stats", methods: ["GET"], middlewares: [validateAndTransformQuery(OfficeStatsQuery, {})] },
    { matcher: "/office/exports/ledger", methods: ["GET"], middlewares: [validateAndTransformQuery(OfficeExportQuery, {})] },
  ],
})
