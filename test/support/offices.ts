type Headers = { headers: Record<string, string> }
interface Api {
  post(url: string, body: unknown, config?: Headers): Promise<{ status: number; data: any }>
}

/** An operator creates an office account for `jurisdiction_code`; returns the office's bearer headers. */
export async function officeHeaders(
  api: Api,
  admin: Headers,
  email: string,
  office_name: string,
  jurisdiction_code: string
): Promise<Headers> {
  const password = "office-password-1"
  await api.post(
    "/admin/offices",
    { email, password, name: "办事员", office_name, office_type: "counterpart_support", jurisdiction_code },
    admin
  )
  const { data } = await api.post("/auth/office/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
