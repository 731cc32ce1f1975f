/**
 * Where to go after signing in: only a path inside the shop, so a crafted link (`?next=//evil.example`,
 * `/\evil.example`) cannot send the shopper elsewhere.
 */
export function safeNext(next: string | undefined | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.includes("\\") ? next : "/account"
}
