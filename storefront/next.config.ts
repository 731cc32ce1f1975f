import { join } from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const nextConfig: NextConfig = {
  // The backend's URL and publishable key are read at request time (server-only env), so one
  // build serves any deployment and `npm start` can hand over the key the seed created.
  poweredByHeader: false,
  // The cached catalog pages and backend reads stay in this process's memory (50 MB, least recently
  // used first), never on disk: several shops (npm start, each test stack) run from one build
  // against different backends, and a page one of them cached must not be served by another.
  experimental: { isrFlushToDisk: false },
  // @zhunong/common (labels, rules, the forms shop and routes both check) is linked from
  // ../packages/common and imported as TypeScript source; its zod resolves from the root's node_modules.
  transpilePackages: ["@zhunong/common"],
  turbopack: { root: join(__dirname, "..") },
  outputFileTracingRoot: join(__dirname, ".."),
  // The shop and portals are never framed, never sniffed, share no full URL with other sites, and
  // load script, style and data from themselves only; pictures may come from the backend's /uploads.
  // The one exception is Stripe's Payment Element on the paying page: Stripe.js, its frames and its
  // API, as Stripe documents them (https://docs.stripe.com/security/guide#content-security-policy).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          {
            key: "Permissions-Policy",
            value: 'camera=(), microphone=(), geolocation=(), payment=(self "https://js.stripe.com")',
          },
          {
            key: "Content-Security-Policy",
            value: [
              "default-src 'self'",
              // Next's App Router streams its payload in inline scripts; `next dev` also evaluates code
              `script-src 'self' 'unsafe-inline' https://js.stripe.com${process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'"}`,
              "style-src 'self' 'unsafe-inline'",
              "img-src 'self' data: blob: http: https:",
              "font-src 'self' data:",
              "connect-src 'self' https://api.stripe.com",
              "frame-src https://js.stripe.com https://hooks.stripe.com",
              "frame-ancestors 'none'",
              "form-action 'self'",
              "base-uri 'self'",
              "object-src 'none'",
            ].join("; "),
          },
        ],
      },
    ]
  },
}

export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig)
