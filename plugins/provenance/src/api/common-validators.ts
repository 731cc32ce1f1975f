import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../lib/dates"
import { DIVISION_CODE } from "../lib/divisions"

/** A 6-digit GB/T 2260 code; the message names the field. */
export const divisionCode = (field: string) => z.string().regex(DIVISION_CODE, `${field} must be a 6-digit GB/T 2260 code`)

/** A real calendar day `YYYY-MM-DD` (Asia/Shanghai); the message names the field. */
export const calendarDate = (field: string) => z.string().refine(isCalendarDate, `${field} must be a date YYYY-MM-DD`)
