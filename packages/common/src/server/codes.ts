import { createHash, randomInt } from "node:crypto"

/** Characters people do not confuse when reading a code aloud or off a screen (no 0/O, 1/I/L). */
const READABLE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

/** A random one-time code: invites, seat claims, email verification (`alphabet` "0123456789" for digits). */
export const randomCode = (length: number, alphabet = READABLE) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("")

/** How one-time codes are kept: only their hash is stored. */
export const hashCode = (code: string) => createHash("sha256").update(code).digest("hex")
