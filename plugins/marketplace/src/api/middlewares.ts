import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { allowSupplierFields } from "./store/products/supplier-fields"
import { ownerOnly, supplierSession } from "./supplier-session"
import {
  AdminListSuppliers,
  AdminSourcingCounties,
  AdminTransitionSupplier,
  ClaimSupplierUser,
  CreateListing,
  InvoicePart,
  InviteSupplierUser,
  ListSupplierOrders,
  SettlementQuery,
  ShipPart,
  SupplierApplyCertificate,
  SupplierRegistration,
  SupplierUpload,
  UpdateListing,
  UpdateSupplierProfile,
  UpdateVariant,
} from "./validators"

/** A fresh `supplier` login that has no supplier yet: registering one, or claiming an invited seat. */
const newSupplierLogin = authenticate("supplier", ["bearer"], { allowUnregistered: true })
const supplier = [authenticate("supplier", ["session", "bearer"]), supplierSession]
const SUPPLIER_FIELDS = [
  "id",
  "name",
  "uscc",
  "entity_type",
  "county_code",
  "contact_name",
  "contact_phone",
  "status",
  "status_reason",
  "created_at",
]

export default defineMiddlewares({
  routes: [
    // Operators (Medusa Admin).
    {
      matcher: "/admin/suppliers",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListSuppliers, { defaults: SUPPLIER_FIELDS, isList: true })],
    },
    {
      matcher: "/admin/suppliers/:id/transition",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminTransitionSupplier)],
    },
    {
      matcher: "/admin/suppliers/:id/sourcing-counties",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSourcingCounties)],
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
    { matcher: "/supplier/products", methods: ["POST"], middlewares: [validateAndTransformBody(CreateListing)] },
    { matcher: "/supplier/products/:id", methods: ["POST"], middlewares: [validateAndTransformBody(UpdateListing)] },
    {
      matcher: "/supplier/products/:id/variants/:variant_id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(UpdateVariant)],
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
