import { MedusaError } from "@medusajs/framework/utils"

/** 400 naming the field, in the words of the person who typed it. */
export const invalid = (field: string, message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)

/** 403: the caller may not do this to this unit, membership or cart. */
export const forbidden = (message: string) => new MedusaError(MedusaError.Types.FORBIDDEN, message)
