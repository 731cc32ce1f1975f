import { randomInt } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { toFen } from "@zhunong/common/server/fen"

export interface BankTransferOptions {
  /** 收款单位: the platform's account the units remit to. */
  payee_name: string
  payee_bank: string
  payee_account: string
}

/** Unambiguous characters (no 0/O, 1/I/L): a reference is read off a screen and typed into a bank's 附言. */
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

/** `ZN` and ten characters: about 8×10^14 references, drawn at random so none can be guessed from another. */
export function transferReference(): string {
  let code = ""
  for (let i = 0; i < 10; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]
  return `ZN${code}`
}

/**
 * 对公转账 against an invoice. The order is placed with the payment authorised — a public body pays
 * after it receives the goods' invoice — under a transfer reference the unit writes in its remittance's
 * 附言. No money passes through this provider: an operator records the remittances read off the bank
 * statement (the bank-transfer module), and once they cover the order the payment is captured.
 * Refunds are transfers back that the operator makes; the provider records that one is owed.
 */
export default class BankTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static identifier = "bank-transfer"

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["payee_name", "payee_bank", "payee_account"]) {
      if (typeof options[key] !== "string" || !options[key]) throw new Error(`bank-transfer: option ${key} is required`)
    }
  }

  protected readonly options_: BankTransferOptions

  constructor(cradle: Record<string, unknown>, options: BankTransferOptions) {
    super(cradle, options)
    this.options_ = options
  }

  /** The reference and the payee as shown at checkout, kept with the payment so a later change of account does not rewrite them. */
  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = transferReference()
    return {
      id: reference,
      data: {
        reference,
        amount_fen: toFen(input.amount),
        payee: {
          name: this.options_.payee_name,
          bank: this.options_.payee_bank,
          account: this.options_.payee_account,
        },
      },
    }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: { ...input.data, amount_fen: toFen(input.amount) } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: input.data, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, captured_at: new Date().toISOString() } }
  }

  /** The money goes back by a transfer the operator makes; the payment keeps what is owed, for the statement. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const owed = Array.isArray(input.data?.refunds_owed) ? (input.data.refunds_owed as unknown[]) : []
    return {
      data: {
        ...input.data,
        refunds_owed: [...owed, { amount_fen: toFen(input.amount), at: new Date().toISOString() }],
      },
    }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, canceled_at: new Date().toISOString() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    if (input.data?.canceled_at) return { status: PaymentSessionStatus.CANCELED, data: input.data }
    if (input.data?.captured_at) return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  /** Banks send no notifications here: remittances are recorded by an operator. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
