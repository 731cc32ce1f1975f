import Medusa from "@medusajs/js-sdk"

/**
 * The one client the plugins' Medusa Admin extensions call the backend with: Medusa's JS SDK on the
 * admin's own origin with the admin session. A refused call throws with the server's message.
 */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))
