import type { HttpTypes } from "@medusajs/types"
import type { FormState } from "@/components/form-state"

/** The fields of a Chinese delivery address as the shop's forms name them. */
export const ADDRESS_FIELDS = [
  "last_name",
  "first_name",
  "phone",
  "province",
  "city",
  "address_1",
  "postal_code",
] as const

const REQUIRED: [field: (typeof ADDRESS_FIELDS)[number], message: string][] = [
  ["last_name", "请填写收货人姓"],
  ["first_name", "请填写收货人名"],
  ["province", "请填写省/直辖市"],
  ["city", "请填写市/区"],
  ["address_1", "请填写详细地址"],
]

/** Reads and checks an address from a form: the address, or the first problem with the field it concerns. */
export function readAddress(
  formData: FormData
): { address: HttpTypes.StoreAddAddress; problem: null } | { address: null; problem: FormState } {
  const value = (key: string) => String(formData.get(key) ?? "").trim()
  const address = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, value(f)])) as Record<
    (typeof ADDRESS_FIELDS)[number],
    string
  >
  for (const [field, message] of REQUIRED) if (!address[field]) return { address: null, problem: { field, message } }
  if (!/^1\d{10}$/.test(address.phone))
    return { address: null, problem: { field: "phone", message: "请输入11位手机号" } }
  if (address.postal_code && !/^\d{6}$/.test(address.postal_code))
    return { address: null, problem: { field: "postal_code", message: "邮编应为6位数字" } }
  return { address: { ...address, country_code: "cn" }, problem: null }
}
