import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Classes of input that no route of ours or Medusa's means to accept, and that would otherwise reach
 * Postgres or an object map and come back as a 500: NUL and other control characters (Postgres
 * refuses `\u0000` in text), keys that reach an object's prototype, path segments that are not valid
 * percent-encoded UTF-8, and list parameters (`limit`, `offset`, `order`) that are not a count or a
 * field name. Each is refused here, before any route runs, with a 400 naming the parameter.
 */

/** Keys that reach an object's prototype when a body or query is copied into a map by key. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"])
/** C0 control characters but tab, line feed and carriage return, which multi-line text may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
/** The largest limit or offset Postgres takes without overflowing the integers Medusa binds them as. */
const MAX_COUNT = 2_147_483_647
/** A field to order by: a name or a dotted path, optionally descending. */
const ORDER_FIELD = /^-?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

/** What is wrong with a value, named by its path (`variants.0.title`), or null when nothing is. */
export function problemInValue(value: unknown, path: string): string | null {
  if (typeof value === "string") {
    if (CONTROL.test(value)) return `${path}: 不能包含控制字符（如 \\u0000）`
    if (value === "__proto__") return `${path}: 不能是“__proto__”`
    // an id is never blank: Medusa would look a blank one up and fail deep inside a workflow
    if (/(^|\.)([a-z_]*_)?id$/.test(path) && value.trim() === "") return `${path}: 不能为空`
    return null
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = problemInValue(item, path ? `${path}.${i}` : String(i))
      if (problem) return problem
    }
    return null
  }
  if (value && typeof value === "object") {
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key
      if (PROTOTYPE_KEYS.has(key)) return `${at}: 不允许的字段名`
      if (CONTROL.test(key)) return `${path || "body"}: 字段名不能包含控制字符`
      const problem = problemInValue((value as Record<string, unknown>)[key], at)
      if (problem) return problem
    }
  }
  return null
}

/** What is wrong with a raw request path (still percent-encoded), or null. */
export function problemInPath(rawPath: string): string | null {
  for (const segment of rawPath.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return `path: “${segment.slice(0, 40)}”不是有效的 URL 编码（UTF-8）`
    }
    if (CONTROL.test(decoded)) return `path: 路径参数不能包含控制字符`
  }
  return null
}

/** What is wrong with the list parameters every list route shares, or null. */
export function problemInListParams(query: Record<string, unknown>): string | null {
  for (const name of ["limit", "offset"]) {
    if (!(name in query)) continue
    const value = query[name]
    if (typeof value !== "string" || !/^\d+$/.test(value) || Number(value) > MAX_COUNT)
      return `${name}: 应为 0 到 ${MAX_COUNT} 之间的整数`
  }
  if ("order" in query) {
    const value = query.order
    if (typeof value !== "string" || !value.split(",").every((field) => ORDER_FIELD.test(field.trim())))
      return "order: 应为字段名，如 created_at 或 -created_at"
  }
  return null
}

export function rejectMalformedInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem =
    problemInPath(req.originalUrl.split("?")[0]) ??
    problemInListParams(req.query) ??
    problemInValue(req.query, "") ??
    problemInValue(req.body, "")
  if (problem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
  next()
}
