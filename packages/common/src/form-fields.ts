import { z } from "zod"
import { isCalendarDate } from "./dates"
import { DIVISION_CODE } from "./divisions"
import { usccProblem } from "./uscc"

/*
 * Fields that routes and the portals' forms both check, in plain `zod` (the version Medusa bundles) so
 * a browser bundle can load them: each refusal starts with the field it concerns.
 */

/** A 6-digit GB/T 2260 code; the message names the field. */
export const divisionCode = (field: string) =>
  z.string().regex(DIVISION_CODE, `${field}: 应为6位 GB/T 2260 行政区划代码`)

/** A real calendar day `YYYY-MM-DD` (Asia/Shanghai); the message names the field. */
export const calendarDate = (field: string) => z.string().refine(isCalendarDate, `${field}: 应为日期 YYYY-MM-DD`)

/**
 * A 统一社会信用代码, one policy on every route and import: surrounding spaces are dropped and letters
 * upper-cased (as people type them), then the whole GB 32100 check runs — length, alphabet, division
 * code, check character — and a refusal names the field and the wrong character.
 */
export const usccCode = (field: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((code, ctx) => {
      const problem = usccProblem(code)
      if (problem) ctx.addIssue({ code: "custom", message: `${field}: 统一社会信用代码无效：${problem}` })
    })
