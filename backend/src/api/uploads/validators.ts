import { z } from "@medusajs/framework/zod"

/** One file name as the file module writes it: no folders, so no way out of the upload folder. */
export const UploadName = z.string().regex(/^[\w.-]+$/, "name must be a file name").refine((n) => !n.startsWith("."), "name must be a file name")
