/** A refusal from the backend, with the form field it concerns (`funding: 超出工会经费…` → funding). */
export interface Problem {
  field: string | null
  message: string
}

/** Medusa's own refusals a shopper can meet, in the shop's words. */
const MEDUSA_MESSAGES: [pattern: RegExp, problem: Problem][] = [
  [/does not have the required inventory/, { field: "quantity", message: "库存不足，请减少数量或选择其他规格" }],
  [/Invalid email or password/i, { field: "password", message: "邮箱或密码不正确" }],
  [/already exists/i, { field: "email", message: "该邮箱已注册，请直接登录" }],
]

/**
 * Our routes start a person's message with the field it concerns; Medusa's validation says
 * `Invalid request: Field 'x' …`. Either way the form can show it next to the field. Takes a thrown
 * error or a schema's message.
 */
export function problemOf(error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error)
  const known = MEDUSA_MESSAGES.find(([pattern]) => pattern.test(raw))
  if (known) return known[1]
  const message = raw.replace(/^Invalid request:\s*/, "")
  const named = /^([a-z_]+(?:\.[a-z_0-9]+)*)[:：]\s*(.+)$/s.exec(message)
  if (named) return { field: named[1].split(".")[0], message: named[2] }
  const medusa = /^Field '([a-z_]+)/.exec(message)
  return { field: medusa ? medusa[1] : null, message }
}

/** The HTTP status of a refusal from the backend: 401 asks to sign in, 403 says the place is not the shopper's. */
export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number }).status
}
