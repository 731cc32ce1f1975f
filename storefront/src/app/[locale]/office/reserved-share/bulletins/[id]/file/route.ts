import { bulletinFile } from "@/lib/data/office"
import { privateFileResponse } from "@/lib/private-file"

/** A kept 通报 as XLSX or CSV, for the office it belongs to (the backend checks). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx"
  return privateFileResponse(await bulletinFile((await params).id, format))
}
