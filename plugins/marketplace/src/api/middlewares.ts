import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { SelectQuery, writeAnswering } from "@zhunong/common/server/query-config"
import { adminSupplierQueryConfig } from "./admin/suppliers/query-config"
import { allowSupplierFields } from "./store/products/supplier-fields"
import { supplierCertificateQueryConfig } from "./supplier/certificates/query-config"
import { supplierNotificationQueryConfig } from "./supplier/notifications/query-config"
import { supplierListingQueryConfig } from "./supplier/products/query-config"
import { ownerOnly, supplierSession } from "./supplier-session"
import {
  AdminListSuppliers,
  AdminSourcingCounties,
  AdminTransitionSupplier,
  ListListingsQuery,
  ListNotificationsQuery,
  MarkNotificationsRead,
  ListSupplierOrders,
  ListSupplierCertificates,
  SettlementLinesQuery,
  SettlementQuery,
  SupplierCountiesQuery,
  SupplierUpload,
} from "./validators"
import {
  ClaimSupplierUser,
  CreateListing,
  InviteSupplierUser,
  InvoicePart,
  ShipPart,
  SupplierApplyCertificate,
  SupplierRegistration,
  UpdateListing,
  UpdateSupplierProfile,
  UpdateVariant,
} from "@zhunong/common/supplier-forms"

/** A fresh `supplier` login that has no supplier yet: registering one, or claiming an invited seat. */
const newSupplierLogin = authenticate("supplier", ["bearer"], { allowUnregistered: true })
const supplier = [authenticate("supplier", ["session", "bearer"]), supplierSession]

export default defineMiddlewares({
  routes: [
    // Operators (Medusa Admin).
    {
      matcher: "/admin/suppliers",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListSuppliers, adminSupplierQueryConfig.list)],
    },
    {
      matcher: "/admin/suppliers/:id/transition",
      methods: ["POST"],
      middlewares: writeAnswering(AdminTransitionSupplier, adminSupplierQueryConfig),
    },
    {
      matcher: "/admin/suppliers/:id/sourcing-counties",
      methods: ["POST"],
      middlewares: writeAnswering(AdminSourcingCounties, adminSupplierQueryConfig),
    },

    // Suppliers: every route acts for the supplier of the signed-in supplier user, found on the server.
    {
      matcher: "/supplier/registration",
      methods: ["POST"],
      middlewares: [newSupplierLogin, validateAndTransformBody(SupplierRegistration)],
    },
    {
      matcher: "/supplier/users/claim",
      methods: ["POST"],
      middlewares: [newSupplierLogin, validateAndTransformBody(ClaimSupplierUser)],
    },
    {
      matcher: "/supplier/counties",
      methods: ["GET"],
      middlewares: [
        authenticate("supplier", ["session", "bearer"], { allowUnregistered: true }),
        validateAndTransformQuery(SupplierCountiesQuery, {}),
      ],
    },
    { matcher: "/supplier/me", methods: ["GET"], middlewares: [...supplier] },
    {
      matcher: "/supplier/me",
      methods: ["POST"],
      middlewares: [...supplier, ownerOnly, validateAndTransformBody(UpdateSupplierProfile)],
    },
    { matcher: "/supplier/users", methods: ["GET"], middlewares: [...supplier] },
    {
      matcher: "/supplier/users",
      methods: ["POST"],
      middlewares: [...supplier, ownerOnly, validateAndTransformBody(InviteSupplierUser)],
    },
    { matcher: "/supplier/users/:id/remove", methods: ["POST"], middlewares: [...supplier, ownerOnly] },
    { matcher: "/supplier/products*", middlewares: [...supplier] },
    {
      matcher: "/supplier/products",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(ListListingsQuery, supplierListingQueryConfig.list)],
    },
    {
      matcher: "/supplier/products",
      methods: ["POST"],
      middlewares: writeAnswering(CreateListing, supplierListingQueryConfig),
    },
    {
      matcher: "/supplier/products/:id",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(SelectQuery, supplierListingQueryConfig.retrieve)],
    },
    {
      matcher: "/supplier/products/:id",
      methods: ["POST"],
      middlewares: writeAnswering(UpdateListing, supplierListingQueryConfig),
    },
    {
      matcher: "/supplier/products/:id/variants/:variant_id",
      methods: ["POST"],
      middlewares: writeAnswering(UpdateVariant, supplierListingQueryConfig),
    },
    {
      matcher: "/supplier/products/:id/certificates",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(SupplierApplyCertificate)],
    },
    {
      matcher: "/supplier/uploads",
      methods: ["POST"],
      // base64 in JSON: up to 5 files of 5 MB, a third larger once encoded
      bodyParser: { sizeLimit: "40mb" },
      middlewares: [...supplier, validateAndTransformBody(SupplierUpload)],
    },
    { matcher: "/supplier/notifications*", middlewares: [...supplier] },
    {
      matcher: "/supplier/notifications",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(ListNotificationsQuery, supplierNotificationQueryConfig.list)],
    },
    {
      matcher: "/supplier/notifications/read",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(MarkNotificationsRead)],
    },
    { matcher: "/supplier/orders*", middlewares: [...supplier] },
    {
      matcher: "/supplier/orders",
      methods: ["GET"],
      middlewares: [
        validateAndTransformQuery(ListSupplierOrders, {
          defaults: ["id"],
          allowed: ["id", "created_at"],
          isList: true,
        }),
      ],
    },
    { matcher: "/supplier/orders/:id/shipment", methods: ["POST"], middlewares: [validateAndTransformBody(ShipPart)] },
    {
      matcher: "/supplier/orders/:id/invoice",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(InvoicePart)],
    },
    {
      matcher: "/supplier/settlement",
      methods: ["GET"],
      middlewares: [...supplier, validateAndTransformQuery(SettlementQuery, {})],
    },
    {
      matcher: "/supplier/settlement/lines",
      methods: ["GET"],
      middlewares: [...supplier, validateAndTransformQuery(SettlementLinesQuery, {})],
    },
    {
      matcher: "/supplier/certificates",
      methods: ["GET"],
      middlewares: [
        ...supplier,
        validateAndTransformQuery(ListSupplierCertificates, supplierCertificateQueryConfig.list),
      ],
    },
    { matcher: "/supplier/files/:id", methods: ["GET"], middlewares: [...supplier] },

    // Buyers: their own orders' supplier parts.
    {
      matcher: "/store/orders/:id/parts",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    // Global (no `methods`) so it runs before Medusa's own field validation of the product routes.
    { matcher: "/store/products*", middlewares: [allowSupplierFields] },
  ],
})
