import { privateFile } from "@/lib/data/supplier"
import { privateFileResponse } from "@/lib/private-file"

/** A private file (an invoice, certificate evidence) of the signed-in supplier; the backend checks it is theirs. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return privateFileResponse(await privateFile((await params).id))
}
