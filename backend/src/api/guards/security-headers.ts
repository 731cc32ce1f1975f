import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Headers every API answer carries: JSON and files are never sniffed into HTML, never framed, and
 * send no referrer; over https, browsers are told to stay on https.
 */
export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("X-Frame-Options", "DENY")
  res.setHeader("Referrer-Policy", "no-referrer")
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
  next()
}
