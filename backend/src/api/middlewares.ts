import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { rejectMalformedInput } from "./guards/malformed-input"
import { ownOrderOnly } from "./guards/own-order"
import { rateLimit } from "./guards/rate-limit"
import { refusalsErrorHandler } from "./guards/refusals"
import { securityHeaders } from "./guards/security-headers"
import { oneCheckoutPerVariant } from "./store/carts/stock-lock"

/**
 * Guards for every route, ours and Medusa's: what no route should have to repeat. Matchers on Medusa's
 * routes use its parameter names (`:actor_type`, `:auth_provider`), so they sort before its handlers.
 */
export default defineMiddlewares({
  errorHandler: refusalsErrorHandler(),
  routes: [
    { matcher: "/*", middlewares: [securityHeaders, rejectMalformedInput] },

    { matcher: "/auth/:actor_type/:auth_provider", methods: ["POST"], middlewares: [rateLimit("sign-in")] },
    {
      matcher: "/auth/:actor_type/:auth_provider/reset-password",
      methods: ["POST"],
      middlewares: [rateLimit("sign-in")],
    },
    {
      matcher: "/auth/:actor_type/:auth_provider/register",
      methods: ["POST"],
      middlewares: [rateLimit("registration")],
    },
    { matcher: "/store/customers", methods: ["POST"], middlewares: [rateLimit("registration")] },
    { matcher: "/supplier/registration", methods: ["POST"], middlewares: [rateLimit("registration")] },
    { matcher: "/store/memberships/email-verifications", methods: ["POST"], middlewares: [rateLimit("email-code")] },
    { matcher: "/store/memberships/email-join", methods: ["POST"], middlewares: [rateLimit("email-code")] },
    { matcher: "/store/certificates/:number", methods: ["GET"], middlewares: [rateLimit("certificate-lookup")] },

    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [oneCheckoutPerVariant] },
    {
      matcher: "/store/orders/:id",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"]), ownOrderOnly],
    },
  ],
})
