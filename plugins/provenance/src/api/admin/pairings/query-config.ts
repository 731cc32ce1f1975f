import { queryConfig } from "@zhunong/common/server/query-config"

/** A pairing (结对关系) of an eastern jurisdiction with a western county, and the document behind it. */
export const adminPairingQueryConfig = queryConfig([
  "id",
  "jurisdiction_code",
  "division_code",
  "pairing_type",
  "label",
  "valid_from",
  "valid_to",
  "source",
])
