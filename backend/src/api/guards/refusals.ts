import {
  errorHandler as medusaErrorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Postgres refusals caused by what a caller sent (a value of the wrong form, out of range, or an
 * unknown column to order by) rather than by the server: a 400, never a 500. By SQLSTATE.
 */
const INPUT_SQLSTATES: Record<string, string> = {
  "22P02": "参数格式不正确",
  "22003": "数值超出范围",
  "22001": "内容过长",
  "22021": "含有无效字符",
  "22007": "日期时间格式不正确",
  "22008": "日期时间超出范围",
  "2201W": "limit 无效",
  "2201X": "offset 无效",
  "42703": "order 或 fields 中有未知字段",
}

/** Medusa's own refusals a shopper meets, given the field they concern and said in Chinese. */
const MEDUSA_REFUSALS: [pattern: RegExp, refusal: string][] = [
  [/^Payment collection has not been initiated for cart/, "payment_collection: 尚未选择支付方式，请先选择支付方式"],
  [/^Request already authenticated as a customer/, "email: 该账号已注册为顾客，请直接登录"],
  [/^Variants? .* do(es)? not exist or belong to a product that is not published/, "items: 商品已下架或不存在"],
]

/** The SQLSTATE of a database error however deeply Medusa or MikroORM wrapped it. */
function sqlState(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown; original?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code
    e = (e.cause ?? e.original) as typeof e
  }
  return undefined
}

/**
 * One shape for every refusal: "field: reason". Medusa's schema validation prefixes ours with
 * "Invalid request: ", which is dropped where the rest already names its field; a database error
 * caused by the input becomes a 400 instead of "An unknown error occurred".
 */
export function asRefusal(error: unknown): unknown {
  // errors from inside a workflow arrive as plain objects that keep Medusa's `type` and `message`
  const { type, message } = (error ?? {}) as { type?: unknown; message?: unknown }
  if (
    (type === MedusaError.Types.INVALID_DATA || type === MedusaError.Types.NOT_ALLOWED) &&
    typeof message === "string"
  ) {
    const named = /^Invalid request: ([a-z_][a-z0-9_]*(\.[a-z0-9_]+)*[:：] .*)$/s.exec(message)
    if (named) return new MedusaError(type, named[1])
    const known = MEDUSA_REFUSALS.find(([pattern]) => pattern.test(message))
    return known ? new MedusaError(type, known[1]) : error
  }
  // Express could not decode a path parameter (bad percent-encoding, overlong UTF-8): its URIError carries status 400
  if (error instanceof URIError)
    return new MedusaError(MedusaError.Types.INVALID_DATA, "path: 不是有效的 URL 编码（UTF-8）")
  const state = sqlState(error)
  if (state && INPUT_SQLSTATES[state])
    return new MedusaError(MedusaError.Types.INVALID_DATA, `request: ${INPUT_SQLSTATES[state]}`)
  return error
}

export function refusalsErrorHandler() {
  const medusa = medusaErrorHandler()
  return (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    medusa(asRefusal(error), req, res, next)
}
