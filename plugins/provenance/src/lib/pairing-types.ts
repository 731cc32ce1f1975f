import { PAIRING_TYPES, PAIRING_TYPE_LABELS as LABELS, type PairingType } from "@zhunong/common/pairing-rules"

export type { PairingType }

/** The pairing types' Chinese names, as imports, the shop and the 台账 write them. */
export const PAIRING_TYPE_LABELS = Object.fromEntries(PAIRING_TYPES.map((t) => [t, LABELS[t].zh])) as Record<
  PairingType,
  string
>

/**
 * The type behind a label as the policy documents write it: 东西部协作(援滇) → east_west,
 * 对口支援(援疆) → counterpart. 携手奔小康 is the county-to-county part of 东西部协作.
 */
export function pairingTypeOf(label: string): PairingType | null {
  const text = label.trim()
  if (text.startsWith("东西部协作") || text.startsWith("东西部扶贫协作") || text.startsWith("携手奔小康"))
    return "east_west"
  if (text.startsWith("对口支援") || text.startsWith("对口帮扶")) return "counterpart"
  if (text.startsWith("山海协作")) return "mountain_sea"
  if (text.startsWith("区内帮扶") || text.startsWith("省内帮扶")) return "intra_region"
  if (text.startsWith("其他")) return "other"
  return null
}
