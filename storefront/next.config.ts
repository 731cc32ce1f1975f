import { join } from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const nextConfig: NextConfig = {
  // The backend's URL and publishable key are read at request time (server-only env), so one
  // build serves any deployment and `npm start` can hand over the key the seed created.
  poweredByHeader: false,
  // The storefront imports shared, dependency-free modules from the plugins (labels, rules, forms).
  turbopack: { root: join(__dirname, "..") },
  outputFileTracingRoot: join(__dirname, ".."),
}

export default createNextIntlPlugin("./src/i18n/request.ts")(nextConfig)
