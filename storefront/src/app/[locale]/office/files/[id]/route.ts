import { officeFile } from "@/lib/data/office"
import { privateFileResponse } from "@/lib/private-file"

/** A private file behind a sale of the office's subtree (an invoice, certificate evidence); the backend checks the sale. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return privateFileResponse(await officeFile((await params).id))
}
