import { model } from "@medusajs/framework/utils"
import { CHECK_DECISIONS } from "@zhunong/common/counting-rules"

/**
 * An office's decision on a finding of the checks (疑点): 已核实, 误报 or 已处理, with its note and who
 * decided. Append-only — a changed mind is a new row — so the history shows who said what when;
 * the latest row stands. Findings are recomputed from the ledger, so decisions name them by key.
 */
export const CheckDecision = model
  .define("check_decision", {
    id: model.id({ prefix: "chkdec" }).primaryKey(),
    finding_key: model.text(),
    check: model.text(),
    decision: model.enum([...CHECK_DECISIONS]),
    note: model.text(),
    office_user_id: model.text(),
    office_name: model.text(),
    /** The deciding office's jurisdiction: decisions count on the overviews of it and the offices above. */
    jurisdiction_code: model.text(),
  })
  .indexes([{ on: ["finding_key", "created_at"] }, { on: ["jurisdiction_code"] }])
