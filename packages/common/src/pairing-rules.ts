/**
 * The kinds of pairing (对口关系) between an eastern jurisdiction and a western division, with their
 * wording: provenance stores them, the ledger snapshots them, the office portal charts by them.
 */
export const PAIRING_TYPES = ["east_west", "counterpart", "mountain_sea", "intra_region", "other"] as const
export type PairingType = (typeof PAIRING_TYPES)[number]

export const PAIRING_TYPE_LABELS: Record<PairingType, { zh: string; en: string }> = {
  east_west: { zh: "东西部协作", en: "East–west cooperation" },
  counterpart: { zh: "对口支援", en: "Counterpart support" },
  mountain_sea: { zh: "山海协作", en: "Mountain–sea cooperation" },
  intra_region: { zh: "区内帮扶", en: "Intra-regional support" },
  other: { zh: "其他", en: "Other" },
}
