import { Module } from "@medusajs/framework/utils"
import LedgerModuleService from "./service"

export const LEDGER_MODULE = "ledger"

export default Module(LEDGER_MODULE, {
  service: LedgerModuleService,
})

export type { default as LedgerModuleService, CompletionInput, LedgerLabels, LedgerWhere } from "./service"
export { partKeyOf } from "./service"
