import { z } from "zod"
import { CHECK_DECISIONS } from "./counting-rules"

/**
 * The office portal's forms, checked by the /office routes and by the portal before it calls them,
 * so both refuse the same input with the same words (`field: reason`). Plain `zod`: the storefront
 * cannot load `@medusajs/framework`. Ranges are refinements because Medusa rewrites zod's own range
 * errors into English.
 */
const note = z
  .string("note: 请填写说明")
  .trim()
  .refine((v) => v.length >= 2, "note: 请写明核查情况（至少2个字）")
  .refine((v) => v.length <= 1000, "note: 最多1000个字")

const month = (field: string) => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${field}: 应为 YYYY-MM`)

/**
 * An office's decision on a finding (疑点), with the note that says why; kept as history. `from`/`to`
 * are the months the finding was found in (this year by default), where the route looks for it again.
 */
export const DecideCheck = z
  .object({
    decision: z.enum(CHECK_DECISIONS, "decision: 应为 已核实、误报 或 已处理"),
    note,
    from: month("from").optional(),
    to: month("to").optional(),
  })
  .strict()
export type DecideCheckInput = z.infer<typeof DecideCheck>

/** A target's figures an office may change after setting it (its scope and filters stay). */
export const UpdateTarget = z
  .object({
    name: z
      .string()
      .trim()
      .refine((v) => v.length > 0, "name: 不能为空")
      .refine((v) => v.length <= 200, "name: 最多200个字")
      .optional(),
    threshold_fen: z
      .number("threshold_fen: 应为数字")
      .refine((n) => Number.isInteger(n) && n >= 1 && n <= 1e15, "threshold_fen: 应为正整数（分）")
      .nullish(),
    rate_bp: z
      .number("rate_bp: 应为数字")
      .refine((n) => Number.isInteger(n) && n >= 1 && n <= 10_000, "rate_bp: 应为1–10000（万分比）")
      .nullish(),
  })
  .strict()
  .refine((t) => Object.keys(t).length > 0, "name: 没有要修改的内容")
export type UpdateTargetInput = z.infer<typeof UpdateTarget>
