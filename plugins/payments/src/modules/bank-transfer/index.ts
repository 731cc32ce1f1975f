import type { MedusaContainer } from "@medusajs/framework/types"
import { Module } from "@medusajs/framework/utils"
import BankTransferModuleService from "./service"

export const BANK_TRANSFER_MODULE = "bankTransfer"

export default Module(BANK_TRANSFER_MODULE, { service: BankTransferModuleService })

export type { default as BankTransferModuleService } from "./service"

/** The bank-transfer module's service, as steps and routes resolve it. */
export const bankTransfers = (container: Pick<MedusaContainer, "resolve">) =>
  container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
