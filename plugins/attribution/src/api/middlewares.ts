import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"

import { MEMBER_ROLES } from "@zhunong/common/purchase-rules"
import { MEMBER_FIELDS } from "./members"
import { allowAttributionFieldsOnOrderList } from "./store/orders/attribution-fields"
import { requireUnitRole } from "./unit-access"
import {
  AdminAddMember,
  AdminCreateUnit,
  AdminListUnitsQuery,
  AdminSetUnitBasis,
  AdminUpdateUnit,
  ConfirmEmailJoin,
  CreateInvite,
  DecideMembership,
  JoinByCode,
  ListMembersQuery,
  RequestEmailJoin,
  SetPurchaseIntent,
  UnitOrdersQuery,
} from "./validators"
import { AdminCsvImport } from "@zhunong/common/server/csv-import"

const list = (defaults: string[]) => ({ defaults, isList: true })
/** Store callers may narrow the fields but never reach past them (a member's addresses, an order's items). */
const storeList = (defaults: string[]) => ({ defaults, allowed: defaults, isList: true })
const customer = authenticate("customer", ["session", "bearer"])

const UNIT_FIELDS = ["id", "name", "uscc", "type", "parent_id", "jurisdiction_code", "address", "status", "created_at"]
const UNIT_ORDER_FIELDS = [
  "id",
  "order_id",
  "channel",
  "funding",
  "amount_fen",
  "member_role",
  "customer_id",
  "attributed_at",
  "order.display_id",
  "order.status",
  "order.email",
  "order.created_at",
]

export default defineMiddlewares({
  routes: [
    // Operators (Medusa Admin). /admin routes are authenticated as admin users by Medusa itself.
    {
      matcher: "/admin/units",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListUnitsQuery, list(UNIT_FIELDS))],
    },
    { matcher: "/admin/units", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateUnit)] },
    { matcher: "/admin/units/import", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCsvImport)] },
    { matcher: "/admin/units/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateUnit)] },
    {
      matcher: "/admin/units/:id/bases",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetUnitBasis)],
    },
    {
      matcher: "/admin/units/:id/members",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(ListMembersQuery, list(MEMBER_FIELDS))],
    },
    { matcher: "/admin/units/:id/members", methods: ["POST"], middlewares: [validateAndTransformBody(AdminAddMember)] },
    {
      matcher: "/admin/units/:id/members/:membership_id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(DecideMembership)],
    },

    // Customers: their own memberships and carts.
    { matcher: "/store/memberships*", middlewares: [customer] },
    // Global (no `methods`) so it runs before Medusa's own field validation of the order list.
    { matcher: "/store/orders*", middlewares: [allowAttributionFieldsOnOrderList] },
    { matcher: "/store/orders/:id/attribution", methods: ["GET"], middlewares: [customer] },
    { matcher: "/store/memberships/join", methods: ["POST"], middlewares: [validateAndTransformBody(JoinByCode)] },
    {
      matcher: "/store/memberships/email-verifications",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(RequestEmailJoin)],
    },
    {
      matcher: "/store/memberships/email-join",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ConfirmEmailJoin)],
    },
    { matcher: "/store/carts/:id/purchase-intent", middlewares: [customer] },
    {
      matcher: "/store/carts/:id/purchase-intent",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(SetPurchaseIntent)],
    },

    // A unit's own people, by role in that unit (checked against the path's unit on the server).
    { matcher: "/store/units*", middlewares: [customer] },
    { matcher: "/store/units/:id", methods: ["GET"], middlewares: [requireUnitRole(...MEMBER_ROLES)] },
    {
      matcher: "/store/units/:id/members",
      methods: ["GET"],
      middlewares: [
        requireUnitRole("unit_admin"),
        validateAndTransformQuery(ListMembersQuery, storeList(MEMBER_FIELDS)),
      ],
    },
    {
      matcher: "/store/units/:id/members/:membership_id",
      methods: ["POST"],
      middlewares: [requireUnitRole("unit_admin"), validateAndTransformBody(DecideMembership)],
    },
    { matcher: "/store/units/:id/invites", methods: ["GET"], middlewares: [requireUnitRole("unit_admin")] },
    {
      matcher: "/store/units/:id/invites",
      methods: ["POST"],
      middlewares: [requireUnitRole("unit_admin"), validateAndTransformBody(CreateInvite)],
    },
    {
      matcher: "/store/units/:id/invites/:invite_id/revoke",
      methods: ["POST"],
      middlewares: [requireUnitRole("unit_admin")],
    },
    {
      matcher: "/store/units/:id/orders",
      methods: ["GET"],
      middlewares: [
        requireUnitRole("unit_admin", "procurement_officer"),
        validateAndTransformQuery(UnitOrdersQuery, storeList(UNIT_ORDER_FIELDS)),
      ],
    },
    {
      matcher: "/store/units/:id/union-welfare",
      methods: ["GET"],
      middlewares: [requireUnitRole("union_officer", "unit_admin")],
    },
  ],
})
