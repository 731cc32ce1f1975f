import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { readEnv } from "../../../lib/env"
import { UploadName } from "../validators"

const UPLOAD_DIR = readEnv().UPLOAD_DIR

/** A file the file module stored (product pictures, evidence), by the name in its URL. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const name = UploadName.safeParse(req.params.name)
  if (!name.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, name.error.issues[0].message)
  const path = join(UPLOAD_DIR, name.data)
  if (!existsSync(path)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `文件 ${name.data} 不存在`)
  // A supplier's SVG opened on its own must not run script on the backend's origin (Medusa Admin lives here).
  res.sendFile(path, {
    maxAge: "7d",
    immutable: true,
    headers: {
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  })
}
