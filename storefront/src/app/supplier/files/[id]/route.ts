import { privateFile } from "@/lib/data/supplier"

/**
 * A private file (an invoice, certificate evidence) of the signed-in supplier, passed through from
 * the backend, which checks it is theirs; never cached, never a public URL.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const answer = await privateFile(id)
  if (!answer.ok || !answer.body)
    return new Response("文件不存在或无权查看", { status: answer.status === 401 ? 401 : 404 })
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" })
  for (const name of ["content-type", "content-disposition", "content-security-policy"]) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(answer.body, { headers })
}
