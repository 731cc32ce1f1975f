import { MedusaService } from "@medusajs/framework/utils"
import { BankTransfer } from "./models/bank-transfer"
import { Remittance } from "./models/remittance"

/** How long a unit has to pay an order on invoice, and how long past that before the order is cancelled. */
export interface BankTransferTerms {
  due_days: number
  grace_days: number
}

export default class BankTransferModuleService extends MedusaService({ BankTransfer, Remittance }) {
  protected readonly terms_: BankTransferTerms

  // The plugin's options reach its modules as the second argument (medusa-config: @zhunong/payments).
  constructor(container: Record<string, unknown>, options?: Partial<BankTransferTerms>) {
    // eslint-disable-next-line prefer-rest-params -- MedusaService reads its own arguments beyond these two
    super(...arguments)
    this.terms_ = { due_days: options?.due_days ?? 15, grace_days: options?.grace_days ?? 7 }
  }

  terms(): BankTransferTerms {
    return this.terms_
  }
}
