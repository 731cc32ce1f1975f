import { AlipaySdk } from "alipay-sdk"
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
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { formatYuan } from "@zhunong/common/money"
import { toFen } from "@zhunong/common/server/fen"

export interface AlipayOptions {
  appId: string
  /** The application's private key (PKCS#1 or PKCS#8 PEM) that signs requests. */
  privateKey: string
  /** Alipay's public key (PEM) that signs its answers and notifications. */
  alipayPublicKey: string
  /** Alipay's gateway; the sandbox's or the contract test's stand-in instead of openapi.alipay.com. */
  gateway?: string
  /** Where Alipay posts the asynchronous notification (the backend's /hooks/alipay). */
  notifyUrl: string
  /** Where the shopper's browser comes back to after paying (the shop's payment page). */
  returnUrl: string
}

type TradeStatus = "WAIT_BUYER_PAY" | "TRADE_CLOSED" | "TRADE_SUCCESS" | "TRADE_FINISHED"
interface AlipayAnswer {
  code: string
  msg: string
  sub_code?: string
  sub_msg?: string
  trade_status?: TradeStatus
  trade_no?: string
  total_amount?: string
  refund_fee?: string
}

/** Alipay's answer to a trade it never saw (the shopper never opened the cashier): not paid, nothing to close. */
const TRADE_NOT_EXIST = "ACQ.TRADE_NOT_EXIST"

/**
 * Alipay direct (支付宝电脑网站支付, alipay.trade.page.pay) on Alipay's own Node SDK. A session is a
 * trade numbered by its Medusa payment session (out_trade_no), paid on Alipay's cashier page the
 * shopper is sent to; Alipay then posts a signed notification, which Medusa's webhook handling turns
 * into the completed cart. Paying captures at once (an instant trade); refunds go through
 * alipay.trade.refund. Every answer from the gateway is checked against Alipay's public key.
 */
export default class AlipayProviderService extends AbstractPaymentProvider<AlipayOptions> {
  static identifier = "alipay"

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["appId", "privateKey", "alipayPublicKey", "notifyUrl", "returnUrl"]) {
      if (typeof options[key] !== "string" || !options[key]) throw new Error(`alipay: option ${key} is required`)
    }
  }

  protected readonly options_: AlipayOptions
  protected readonly sdk_: AlipaySdk

  constructor(cradle: Record<string, unknown>, options: AlipayOptions) {
    super(cradle, options)
    this.options_ = options
    this.sdk_ = new AlipaySdk({
      appId: options.appId,
      privateKey: options.privateKey,
      alipayPublicKey: options.alipayPublicKey,
      signType: "RSA2",
      // answers keep Alipay's own field names (trade_status, sub_code), as its documentation writes them
      camelcase: false,
      // the SDK re-wraps the key in PEM lines of the type it is told; a PEM's own header says which
      keyType: options.privateKey.includes("BEGIN PRIVATE KEY") ? "PKCS8" : "PKCS1",
      ...(options.gateway ? { gateway: options.gateway } : {}),
    })
  }

  private async call(method: string, bizContent: Record<string, unknown>): Promise<AlipayAnswer> {
    return (await this.sdk_.exec(method, { bizContent }, { validateSign: true })) as unknown as AlipayAnswer
  }

  private async trade(outTradeNo: string): Promise<AlipayAnswer | null> {
    const answer = await this.call("alipay.trade.query", { out_trade_no: outTradeNo })
    if (answer.code === "10000") return answer
    if (answer.sub_code === TRADE_NOT_EXIST) return null
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `支付宝查询失败：${answer.sub_msg ?? answer.msg}`)
  }

  private static status(trade: AlipayAnswer | null): PaymentSessionStatus {
    switch (trade?.trade_status) {
      case "TRADE_SUCCESS":
      case "TRADE_FINISHED":
        return PaymentSessionStatus.CAPTURED
      case "TRADE_CLOSED":
        return PaymentSessionStatus.CANCELED
      default:
        return PaymentSessionStatus.PENDING
    }
  }

  private outTradeNo(data: Record<string, unknown> | undefined): string {
    const no = data?.out_trade_no
    if (typeof no !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, "支付宝交易号缺失")
    return no
  }

  /** The trade is the session: its cashier URL (GET, signed) is what the shop sends the shopper to. */
  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const outTradeNo = String(input.data?.session_id ?? "")
    if (!outTradeNo) throw new MedusaError(MedusaError.Types.INVALID_DATA, "支付宝交易需要支付会话号")
    const amount = formatYuan(toFen(input.amount))
    const payUrl = this.sdk_.pageExecute("alipay.trade.page.pay", "GET", {
      bizContent: {
        out_trade_no: outTradeNo,
        total_amount: amount,
        subject: "助农集市订单",
        product_code: "FAST_INSTANT_TRADE_PAY",
      },
      notifyUrl: this.options_.notifyUrl,
      returnUrl: this.options_.returnUrl,
    })
    return {
      id: outTradeNo,
      data: { out_trade_no: outTradeNo, session_id: outTradeNo, total_amount: amount, pay_url: payUrl },
    }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    // an amount changed after the cashier URL was made: make a new one for the new amount
    const { data } = await this.initiatePayment({
      ...input,
      data: { ...input.data, session_id: input.data?.session_id },
    })
    return { data }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const trade = await this.trade(this.outTradeNo(input.data))
    return {
      status: AlipayProviderService.status(trade),
      // `reference`: the 支付宝交易号 the ledger's payment evidence shows
      data: { ...input.data, reference: trade?.trade_no ?? null, trade_status: trade?.trade_status ?? null },
    }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const trade = await this.trade(this.outTradeNo(input.data))
    return { status: AlipayProviderService.status(trade), data: input.data }
  }

  /** An instant trade is captured when paid. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const refunds = Array.isArray(input.data?.refunds) ? (input.data.refunds as unknown[]) : []
    const outRequestNo = `${this.outTradeNo(input.data)}-R${refunds.length + 1}`
    const answer = await this.call("alipay.trade.refund", {
      out_trade_no: this.outTradeNo(input.data),
      refund_amount: formatYuan(toFen(input.amount)),
      out_request_no: outRequestNo,
    })
    if (answer.code !== "10000")
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `支付宝退款失败：${answer.sub_msg ?? answer.msg}`)
    return {
      data: { ...input.data, refunds: [...refunds, { out_request_no: outRequestNo, refund_fee: answer.refund_fee }] },
    }
  }

  /** Closes an unpaid trade so it can no longer be paid; one Alipay never saw needs nothing. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const answer = await this.call("alipay.trade.close", { out_trade_no: this.outTradeNo(input.data) })
    if (answer.code !== "10000" && answer.sub_code !== TRADE_NOT_EXIST)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `支付宝关闭交易失败：${answer.sub_msg ?? answer.msg}`)
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  /**
   * Alipay's asynchronous notification (form fields, RSA2-signed over the sorted fields but `sign` and
   * `sign_type`). Unsigned, wrongly signed or another application's: not acted on. A paid trade is
   * `captured` for the session it was opened for; Medusa checks it again with alipay.trade.query.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const fields = notificationFields(payload)
    if (!fields.sign || !this.sdk_.checkNotifySign(fields) || fields.app_id !== this.options_.appId)
      return { action: PaymentActions.NOT_SUPPORTED }
    const status = fields.trade_status as TradeStatus | undefined
    if (status !== "TRADE_SUCCESS" && status !== "TRADE_FINISHED") return { action: PaymentActions.NOT_SUPPORTED }
    return {
      action: PaymentActions.SUCCESSFUL,
      data: { session_id: fields.out_trade_no, amount: fields.total_amount },
    }
  }
}

/** The notification's fields, whether the body arrived parsed or only raw (application/x-www-form-urlencoded). */
function notificationFields(payload: ProviderWebhookPayload["payload"]): Record<string, string> {
  const parsed = payload.data as Record<string, unknown> | undefined
  if (parsed && typeof parsed.sign === "string")
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]))
  const raw = Buffer.isBuffer(payload.rawData) ? payload.rawData.toString("utf8") : String(payload.rawData ?? "")
  return Object.fromEntries(new URLSearchParams(raw))
}
