import { MedusaService } from "@medusajs/framework/utils"
import { LedgerEntry } from "./models/ledger-entry"

export default class LedgerModuleService extends MedusaService({ LedgerEntry }) {}
