import { z } from "@medusajs/framework/zod"

/** One file name as the file module writes it: no folders, so no way out of the upload folder. */
export const UploadName = z
  .string()
  // letters of any script: a phone's photo may be named 正面.png
  .regex(/^[\p{L}\p{N}_.-]+$/u, "name: 应为文件名")
  .refine((n) => !n.startsWith("."), "name: 应为文件名")
  // The file module names private files `private-…`; they are never public, wherever they are kept.
  .refine((n) => !n.startsWith("private-"), "name: 私有文件不能公开访问")
