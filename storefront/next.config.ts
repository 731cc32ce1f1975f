import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  // The backend's URL and publishable key are read at request time (server-only env), so one
  // build serves any deployment and `npm start` can hand over the key the seed created.
  poweredByHeader: false,
}

export default nextConfig
