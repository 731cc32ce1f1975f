import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListDivisionsQuery } from "./admin/divisions/validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/divisions",
      methods: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminListDivisionsQuery, {
          defaults: ["id", "code", "name", "level", "parent_code"],
          isList: true,
        }),
      ],
    },
  ],
})
