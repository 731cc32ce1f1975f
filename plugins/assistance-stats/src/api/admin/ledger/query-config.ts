import { queryConfig } from "@zhunong/common/server/query-config"
import { CONTENT_FIELDS } from "../../../workflows/ledger/steps/append"

/** A 台账 row with its place in the hash chain: every field the chain hashes, and the hashes. */
export const adminLedgerQueryConfig = queryConfig(["id", "seq", "prev_hash", "hash", ...CONTENT_FIELDS])
