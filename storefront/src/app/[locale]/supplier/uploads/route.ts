import { SUPPLIER_FILE_PURPOSES, type SupplierFilePurpose } from "@zhunong/common/supplier-rules"
import { problemOf, statusOf } from "@/lib/problems"
import { uploadFiles } from "@/lib/data/supplier"

const MAX_BYTES = 5 * 1024 * 1024
const TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"]

/**
 * The portal's uploads: the browser sends files as multipart (a phone's photo, a PDF), this
 * server hands them to POST /supplier/uploads with the supplier's token. Checked here first so a
 * person hears about a too-large file before it crosses a slow link twice.
 */
export async function POST(request: Request) {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return Response.json({ message: "请选择要上传的文件" }, { status: 400 })
  }
  const purpose = String(form.get("purpose") ?? "picture") as SupplierFilePurpose
  if (!SUPPLIER_FILE_PURPOSES.includes(purpose)) return Response.json({ message: "未知的文件用途" }, { status: 400 })
  const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0)
  if (!files.length) return Response.json({ message: "请选择要上传的文件" }, { status: 400 })
  if (files.length > 5) return Response.json({ message: "一次最多上传5个文件" }, { status: 400 })
  const tooBig = files.find((f) => f.size > MAX_BYTES)
  if (tooBig) return Response.json({ message: `“${tooBig.name}”超过 5 MB，请压缩后再上传` }, { status: 400 })
  const wrong = files.find((f) => !TYPES.includes(f.type) || (purpose === "picture" && !f.type.startsWith("image/")))
  if (wrong)
    return Response.json(
      {
        message: `“${wrong.name}”的格式不支持：${purpose === "picture" ? "图片只能是 JPG、PNG 或 WEBP" : "只能上传 JPG、PNG、WEBP 图片或 PDF"}`,
      },
      { status: 400 }
    )
  try {
    const uploaded = await uploadFiles(
      purpose,
      await Promise.all(
        files.map(async (f) => ({
          filename: f.name,
          mime_type: f.type,
          content_base64: Buffer.from(await f.arrayBuffer()).toString("base64"),
        }))
      )
    )
    return Response.json({ files: uploaded })
  } catch (error) {
    return Response.json({ message: problemOf(error).message }, { status: statusOf(error) ?? 502 })
  }
}
