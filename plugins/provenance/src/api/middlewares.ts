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
import { writeAnswering } from "@zhunong/common/server/query-config"
import { adminCertificateQueryConfig } from "./admin/certificates/query-config"
import { adminDivisionQueryConfig } from "./admin/divisions/query-config"
import { adminJurisdictionQueryConfig } from "./admin/jurisdictions/query-config"
import { adminPairingQueryConfig } from "./admin/pairings/query-config"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/divisions",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListDivisionsQuery, adminDivisionQueryConfig.list)],
    },
    { matcher: "/admin/divisions/flags", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCsvImport)] },
    { matcher: "/admin/pairings/import", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCsvImport)] },
    {
      matcher: "/admin/pairings",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListPairingsQuery, adminPairingQueryConfig.list)],
    },
    {
      matcher: "/admin/pairings/check",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminCheckPairingQuery, {})],
    },
    {
      matcher: "/admin/jurisdictions",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListJurisdictionsQuery, adminJurisdictionQueryConfig.list)],
    },
    {
      matcher: "/admin/certificates",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListCertificatesQuery, adminCertificateQueryConfig.list)],
    },
    {
      matcher: "/admin/certificates",
      methods: ["POST"],
      middlewares: writeAnswering(AdminApplyCertificate, adminCertificateQueryConfig),
    },
    {
      matcher: "/admin/certificates/expiring",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminExpiringCertificatesQuery, {})],
    },
    {
      matcher: "/admin/certificates/:id/transition",
      methods: ["POST"],
      middlewares: writeAnswering(AdminTransitionCertificate, adminCertificateQueryConfig),
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
