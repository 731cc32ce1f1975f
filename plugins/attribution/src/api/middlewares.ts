import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"

import { MEMBER_ROLES } from "@zhunong/common/purchase-rules"
import { adminUnitQueryConfig } from "./admin/units/query-config"
import { adminMemberQueryConfig, storeMemberQueryConfig } from "./admin/units/[id]/members/query-config"
import { storeUnitOrderQueryConfig } from "./store/units/[id]/orders/query-config"
import { allowAttributionFieldsOnOrderList } from "./store/orders/attribution-fields"
import { requireUnitRole } from "./unit-access"
import { guardCartIntent } from "./store/carts/cart-intent"
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
import { writeAnswering } from "@zhunong/common/server/query-config"

const customer = authenticate("customer", ["session", "bearer"])

export default defineMiddlewares({
  routes: [
    // Operators (Medusa Admin). /admin routes are authenticated as admin users by Medusa itself.
    {
      matcher: "/admin/units",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListUnitsQuery, adminUnitQueryConfig.list)],
    },
    {
      matcher: "/admin/units",
      methods: ["POST"],
      middlewares: writeAnswering(AdminCreateUnit, adminUnitQueryConfig),
    },
    { matcher: "/admin/units/import", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCsvImport)] },
    {
      matcher: "/admin/units/:id",
      methods: ["POST"],
      middlewares: writeAnswering(AdminUpdateUnit, adminUnitQueryConfig),
    },
    {
      matcher: "/admin/units/:id/bases",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetUnitBasis)],
    },
    {
      matcher: "/admin/units/:id/members",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(ListMembersQuery, adminMemberQueryConfig.list)],
    },
    {
      matcher: "/admin/units/:id/members",
      methods: ["POST"],
      middlewares: writeAnswering(AdminAddMember, adminMemberQueryConfig),
    },
    {
      matcher: "/admin/units/:id/members/:membership_id",
      methods: ["POST"],
      middlewares: writeAnswering(DecideMembership, adminMemberQueryConfig),
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
    // the checkout's one update: address and what it is bought for (additional_data.purchase_intent)
    {
      matcher: "/store/carts/:id",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), guardCartIntent],
    },
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
        validateAndTransformQuery(ListMembersQuery, storeMemberQueryConfig.list),
      ],
    },
    {
      matcher: "/store/units/:id/members/:membership_id",
      methods: ["POST"],
      middlewares: [requireUnitRole("unit_admin"), ...writeAnswering(DecideMembership, storeMemberQueryConfig)],
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
        validateAndTransformQuery(UnitOrdersQuery, storeUnitOrderQueryConfig.list),
      ],
    },
    {
      matcher: "/store/units/:id/union-welfare",
      methods: ["GET"],
      middlewares: [requireUnitRole("union_officer", "unit_admin")],
    },
  ],
})
