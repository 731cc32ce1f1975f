import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MEMBER_ROLES } from "@zhunong/common/purchase-rules"
import { requireUnitRole } from "@zhunong/attribution/unit-access"
import { officeSession } from "./office-session"
import { writeAnswering } from "@zhunong/common/server/query-config"
import { adminLedgerQueryConfig } from "./admin/ledger/query-config"
import { adminOfficeQueryConfig } from "./admin/offices/query-config"
import { officeLedgerQueryConfig } from "./office/ledger/query-config"
import {
  CreateBulletin,
  DecideCheck,
  DeclareShare,
  ReviewDeclaration,
  ShareCampaign,
  UpdateTarget,
} from "@zhunong/common/office-forms"
import {
  AdminCreateOffice,
  AdminTargetsQuery,
  CreateTarget,
  TargetsQuery,
  AdminListLedgerQuery,
  AdminListOfficesQuery,
  AdminReconcileLedger,
  OfficeExportQuery,
  OfficeMonthlyQuery,
  DecideOfflinePurchase,
  OfficeOfflineQuery,
  AcceptOrderPart,
  RateOrderPart,
  RequestExport,
  OfficeExportJobsQuery,
  OfficeChecksQuery,
  RegisterOfflinePurchase,
  OfficeListLedgerQuery,
  OfficeStatsQuery,
  OfficeShareQuery,
  ShareYear,
  ShareYearQuery,
  BulletinQuery,
} from "./validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/ledger",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListLedgerQuery, adminLedgerQueryConfig.list)],
    },
    {
      matcher: "/admin/ledger/reconcile",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminReconcileLedger)],
    },
    {
      matcher: "/admin/offices",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListOfficesQuery, adminOfficeQueryConfig.list)],
    },
    {
      matcher: "/admin/offices",
      methods: ["POST"],
      middlewares: writeAnswering(AdminCreateOffice, adminOfficeQueryConfig),
    },
    { matcher: "/admin/targets", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminTargetsQuery, {})] },
    { matcher: "/admin/targets", methods: ["POST"], middlewares: [validateAndTransformBody(CreateTarget)] },

    // Offices: every route reads the office's jurisdiction subtree, taken from the signed-in office user.
    { matcher: "/office*", middlewares: [authenticate("office", ["session", "bearer"]), officeSession] },
    { matcher: "/office/stats", methods: ["GET"], middlewares: [validateAndTransformQuery(OfficeStatsQuery, {})] },
    {
      matcher: "/office/ledger",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(OfficeListLedgerQuery, officeLedgerQueryConfig.list)],
    },
    {
      matcher: "/office/exports/ledger",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(OfficeExportQuery, {})],
    },
    {
      matcher: "/office/exports/monthly",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(OfficeMonthlyQuery, {})],
    },
    { matcher: "/office/checks", methods: ["GET"], middlewares: [validateAndTransformQuery(OfficeChecksQuery, {})] },
    {
      matcher: "/office/checks/:key/decisions",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(DecideCheck)],
    },
    { matcher: "/office/export-jobs", methods: ["POST"], middlewares: [validateAndTransformBody(RequestExport)] },
    {
      matcher: "/office/export-jobs",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(OfficeExportJobsQuery, {})],
    },
    {
      matcher: "/office/offline-purchases",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(OfficeOfflineQuery, {})],
    },
    {
      matcher: "/office/offline-purchases/:id/decision",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(DecideOfflinePurchase)],
    },
    { matcher: "/office/targets", methods: ["GET"], middlewares: [validateAndTransformQuery(TargetsQuery, {})] },
    { matcher: "/office/targets", methods: ["POST"], middlewares: [validateAndTransformBody(CreateTarget)] },
    { matcher: "/office/targets/:id", methods: ["POST"], middlewares: [validateAndTransformBody(UpdateTarget)] },
    // 预留份额: the office's call, coverage and ranking, reminders, 通报, and its confirmation of declarations
    {
      matcher: "/office/reserved-share",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(OfficeShareQuery, {})],
    },
    { matcher: "/office/reserved-share", methods: ["POST"], middlewares: [validateAndTransformBody(ShareCampaign)] },
    {
      matcher: "/office/reserved-share/reminders",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ShareYear)],
    },
    {
      matcher: "/office/reserved-share/bulletins",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(ShareYearQuery, {})],
    },
    {
      matcher: "/office/reserved-share/bulletins",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(CreateBulletin)],
    },
    {
      matcher: "/office/reserved-share/bulletins/:id",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(BulletinQuery, {})],
    },
    {
      matcher: "/office/share-declarations/:id/decision",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(ReviewDeclaration)],
    },

    // A unit's off-platform purchases: registered by the people who buy for it.
    {
      matcher: "/store/units/:id/offline-purchases",
      middlewares: [
        authenticate("customer", ["session", "bearer"]),
        requireUnitRole("unit_admin", "procurement_officer", "union_officer"),
      ],
    },
    {
      matcher: "/store/units/:id/offline-purchases",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(RegisterOfflinePurchase)],
    },

    // The buyer's own order: its completion, acceptance and rating of each supplier part.
    {
      matcher: "/store/orders/:id/completion",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
    {
      matcher: "/store/orders/:id/parts/:part_id/acceptance",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(AcceptOrderPart)],
    },
    {
      matcher: "/store/orders/:id/parts/:part_id/rating",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(RateOrderPart)],
    },

    // A unit's 预留份额: every member sees it, its admin declares; a 主管单位's admin reviews its units' declarations.
    {
      matcher: "/store/units/:id/reserved-share",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"]), requireUnitRole(...MEMBER_ROLES)],
    },
    {
      matcher: "/store/units/:id/reserved-share",
      methods: ["POST"],
      middlewares: [
        authenticate("customer", ["session", "bearer"]),
        requireUnitRole("unit_admin"),
        validateAndTransformBody(DeclareShare),
      ],
    },
    {
      matcher: "/store/units/:id/subordinate-declarations",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"]), requireUnitRole("unit_admin")],
    },
    {
      matcher: "/store/units/:id/subordinate-declarations/:declaration_id/review",
      methods: ["POST"],
      middlewares: [
        authenticate("customer", ["session", "bearer"]),
        requireUnitRole("unit_admin"),
        validateAndTransformBody(ReviewDeclaration),
      ],
    },

    // A unit's own progress, for its active members only (any role).
    {
      matcher: "/store/units/:id/targets",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"]), requireUnitRole(...MEMBER_ROLES)],
    },
  ],
})
