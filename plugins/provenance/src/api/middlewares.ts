import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminApplyCertificate,
  AdminCheckPairingQuery,
  AdminExpiringCertificatesQuery,
  AdminLinkProducts,
  AdminListCertificatesQuery,
  AdminListDivisionsQuery,
  AdminListJurisdictionsQuery,
  AdminListPairingsQuery,
  AdminSetOrigin,
  AdminTransitionCertificate,
} from "./admin/validators"
import {
  allowProvenanceFields,
  filterProductsByProvenance,
  hideUnpublishedCertificates,
} from "./store/products/provenance-filter"
import { AdminCsvImport } from "@zhunong/common/server/csv-import"

const list = (defaults: string[]) => ({ defaults, isList: true })

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/divisions",
      methods: ["GET"],
      middlewares: [
        validateAndTransformQuery(
          AdminListDivisionsQuery,
          list(["id", "code", "name", "level", "parent_code", "is_poverty_exit", "is_key_assistance"])
        ),
      ],
    },
    { matcher: "/admin/divisions/flags", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCsvImport)] },
    { matcher: "/admin/pairings/import", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCsvImport)] },
    {
      matcher: "/admin/pairings",
      methods: ["GET"],
      middlewares: [
        validateAndTransformQuery(
          AdminListPairingsQuery,
          list([
            "id",
            "jurisdiction_code",
            "division_code",
            "pairing_type",
            "label",
            "valid_from",
            "valid_to",
            "source",
          ])
        ),
      ],
    },
    {
      matcher: "/admin/pairings/check",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminCheckPairingQuery, {})],
    },
    {
      matcher: "/admin/jurisdictions",
      methods: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminListJurisdictionsQuery, list(["id", "code", "name", "parent_code"])),
      ],
    },
    {
      matcher: "/admin/certificates",
      methods: ["GET"],
      middlewares: [
        validateAndTransformQuery(
          AdminListCertificatesQuery,
          list([
            "id",
            "type",
            "number",
            "batch",
            "issuer",
            "supplier_name",
            "county_code",
            "status",
            "status_reason",
            "valid_from",
            "valid_to",
            "created_at",
          ])
        ),
      ],
    },
    {
      matcher: "/admin/certificates",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminApplyCertificate)],
    },
    {
      matcher: "/admin/certificates/expiring",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminExpiringCertificatesQuery, {})],
    },
    {
      matcher: "/admin/certificates/:id/transition",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminTransitionCertificate)],
    },
    {
      matcher: "/admin/certificates/:id/products",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminLinkProducts)],
    },
    {
      matcher: "/admin/products/:id/origin",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetOrigin)],
    },
    // Without `methods` these are global middlewares, which Medusa orders before the core route's
    // own query validation; that is where provenance fields and filters must be handled.
    {
      matcher: "/store/products*",
      middlewares: [allowProvenanceFields, hideUnpublishedCertificates, filterProductsByProvenance],
    },
  ],
})
