/**
 * Where to go after signing in: only a path inside the shop, so a crafted link (`?next=//evil.example`,
 * `/\evil.example`) cannot send the shopper elsewhere.
 */
export function safeNext(next: string | undefined | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.includes("\\") ? next : "/account"
}

/**
 * A dynamic route segment as typed: the App Router hands non-ASCII segments over still
 * percent-encoded (a product handle Medusa made from a Chinese title, /products/阿都高山苦荞米).
 */
export function decodedParam(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
