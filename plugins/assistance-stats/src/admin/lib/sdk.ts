import Medusa from "@medusajs/js-sdk"

/** Medusa's JS SDK on the admin's own origin with the admin session; errors carry the server's message. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))
