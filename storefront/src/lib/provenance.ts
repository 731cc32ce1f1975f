import type { ProductProvenance } from "./medusa"

export const CERTIFICATE_TYPE_LABELS: Record<string, string> = {
  assistance_product: "帮扶产品认定",
  baixian_baipin: "百县百品",
  geographical_indication: "地理标志",
  green_food: "绿色食品",
  organic: "有机",
  platform_832: "832平台",
  other: "其他认定",
}

/** Today's calendar day in Asia/Shanghai, YYYY-MM-DD. */
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** The certificates that hold today: published (valid) and inside their validity window. */
export function validCertificates(product: ProductProvenance) {
  const today = shanghaiToday()
  return (product.certificates ?? []).filter((c) => c.status === "valid" && c.valid_from <= today && today <= c.valid_to)
}
