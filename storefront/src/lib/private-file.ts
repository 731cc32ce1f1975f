/**
 * A private file's backend answer passed on to the browser: only its type and name, never cached,
 * and a refusal said the same way whether the file is missing or not the caller's.
 */
export function privateFileResponse(answer: Response): Response {
  if (!answer.ok || !answer.body)
    return new Response("文件不存在或无权查看", { status: answer.status === 401 ? 401 : 404 })
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" })
  for (const name of ["content-type", "content-disposition", "content-security-policy"]) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(answer.body, { headers })
}
