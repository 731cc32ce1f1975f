import { exportDownload } from "@/lib/data/office"
import { privateFileResponse } from "@/lib/private-file"

/** A finished export's file, for the office account that asked for it only (the backend checks). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return privateFileResponse(await exportDownload((await params).id))
}
