import { queryConfig } from "@zhunong/common/server/query-config"
import { CONTENT_FIELDS } from "../../../workflows/ledger/steps/append"

/**
 * A 台账 row as an office drills to it: what the chain hashes, less who the buyer is (the unit
 * stands for them), and its place in the chain.
 */
export const officeLedgerQueryConfig = queryConfig(
  ["id", "seq", "hash", ...CONTENT_FIELDS.filter((field) => field !== "customer_id")],
  { restricted: true }
)
