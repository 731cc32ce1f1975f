import { join } from "node:path"
import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  // The backend's URL and publishable key are read at request time (server-only env), so one
  // build serves any deployment and `npm start` can hand over the key the seed created.
  poweredByHeader: false,
  // The storefront imports shared, dependency-free modules from the plugins (certificate labels).
  turbopack: { root: join(__dirname, "..") },
  outputFileTracingRoot: join(__dirname, ".."),
}

export default nextConfig
