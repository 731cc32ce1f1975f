import { Aes, Formatter, Rsa, Wechatpay } from "wechatpay-axios-plugin"
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

export interface WechatPayOptions {
  mchid: string
  appid: string
  /** The merchant's API certificate serial number and its private key (PEM): they sign every request. */
  serial: string
  privateKey: string
  /** WeChat Pay's public key id and public key (PEM): they verify every answer and notification. */
  platformSerial: string
  platformPublicKey: string
  /** APIv3 key (32 characters): decrypts notifications. */
  apiV3Key: string
  notifyUrl: string
  /** Another endpoint than api.mch.weixin.qq.com (the contract test's stand-in). */
  baseUrl?: string
}

type TradeState = "SUCCESS" | "REFUND" | "NOTPAY" | "CLOSED" | "REVOKED" | "USERPAYING" | "PAYERROR"
interface Transaction {
  mchid: string
  appid: string
  out_trade_no: string
  transaction_id?: string
  trade_state: TradeState
  amount?: { total: number }
}

/**
 * The part of the v3 client's chained API the provider calls. The client rewrites segment names
 * (camelCase → kebab-case), so values go in `{placeholder}` segments filled from the request config.
 */
interface Endpoint {
  get(config?: Record<string, unknown>): Promise<{ data: unknown }>
  post(data: unknown, config?: Record<string, unknown>): Promise<{ data: unknown }>
  [segment: string]: unknown
}
const at = (client: unknown, ...segments: string[]) =>
  segments.reduce((node, segment) => (node as Record<string, unknown>)[segment], client) as Endpoint

/** A notification older than this is refused even when its signature holds: it may be a replay. */
const NOTIFICATION_WINDOW_S = 300

/**
 * WeChat Pay direct (微信支付 Native: the shopper scans a QR code) on the APIv3 client
 * wechatpay-axios-plugin, which signs each request with the merchant's key and verifies each answer
 * with WeChat Pay's. A session is an order numbered by its Medusa payment session (out_trade_no);
 * WeChat Pay posts a signed, encrypted notification when it is paid, which Medusa's webhook handling
 * turns into the completed cart. Paying captures at once; refunds go through /v3/refund/domestic/refunds.
 */
export default class WechatPayProviderService extends AbstractPaymentProvider<WechatPayOptions> {
  static identifier = "wechat-pay"

  static validateOptions(options: Record<string, unknown>) {
    for (const key of [
      "mchid",
      "appid",
      "serial",
      "privateKey",
      "platformSerial",
      "platformPublicKey",
      "apiV3Key",
      "notifyUrl",
    ]) {
      if (typeof options[key] !== "string" || !options[key]) throw new Error(`wechat-pay: option ${key} is required`)
    }
    if (Buffer.byteLength(String(options.apiV3Key)) !== 32) throw new Error("wechat-pay: apiV3Key must be 32 bytes")
  }

  protected readonly options_: WechatPayOptions
  protected readonly client_: Wechatpay

  constructor(cradle: Record<string, unknown>, options: WechatPayOptions) {
    super(cradle, options)
    this.options_ = options
    this.client_ = new Wechatpay({
      mchid: options.mchid,
      serial: options.serial,
      privateKey: options.privateKey,
      certs: { [options.platformSerial]: options.platformPublicKey },
      ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
    })
  }

  private outTradeNo(data: Record<string, unknown> | undefined): string {
    const no = data?.out_trade_no
    if (typeof no !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, "微信支付订单号缺失")
    return no
  }

  /** The order as WeChat Pay has it, or null when it never saw it (ORDER_NOT_EXIST). */
  private async transaction(outTradeNo: string): Promise<Transaction | null> {
    try {
      const { data } = await at(this.client_, "v3", "pay", "transactions", "out-trade-no", "{out_trade_no}").get({
        params: { mchid: this.options_.mchid },
        out_trade_no: outTradeNo,
      })
      return data as Transaction
    } catch (error) {
      const answer = (error as { response?: { status?: number; data?: { code?: string } } }).response
      if (answer?.status === 404 && answer.data?.code === "ORDER_NOT_EXIST") return null
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `微信支付查询失败：${(error as Error).message}`)
    }
  }

  private static status(transaction: Transaction | null): PaymentSessionStatus {
    switch (transaction?.trade_state) {
      case "SUCCESS":
      case "REFUND":
        return PaymentSessionStatus.CAPTURED
      case "CLOSED":
      case "REVOKED":
        return PaymentSessionStatus.CANCELED
      case "PAYERROR":
        return PaymentSessionStatus.ERROR
      default:
        return PaymentSessionStatus.PENDING
    }
  }

  /** A Native order: its `code_url` is what the shop shows as a QR code. */
  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const outTradeNo = String(input.data?.session_id ?? "")
    if (!outTradeNo) throw new MedusaError(MedusaError.Types.INVALID_DATA, "微信支付订单需要支付会话号")
    const total = toFen(input.amount)
    const { data } = await at(this.client_, "v3", "pay", "transactions", "native").post({
      appid: this.options_.appid,
      mchid: this.options_.mchid,
      description: "助农集市订单",
      out_trade_no: outTradeNo,
      notify_url: this.options_.notifyUrl,
      amount: { total, currency: "CNY" },
    })
    const { code_url } = data as { code_url: string }
    return { id: outTradeNo, data: { out_trade_no: outTradeNo, session_id: outTradeNo, total, code_url } }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    // an order's amount cannot change at WeChat Pay: a new session opens a new order
    return { data: input.data }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const transaction = await this.transaction(this.outTradeNo(input.data))
    return {
      status: WechatPayProviderService.status(transaction),
      // `reference`: the 微信支付订单号 the ledger's payment evidence shows
      data: {
        ...input.data,
        reference: transaction?.transaction_id ?? null,
        trade_state: transaction?.trade_state ?? null,
      },
    }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return {
      status: WechatPayProviderService.status(await this.transaction(this.outTradeNo(input.data))),
      data: input.data,
    }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const refunds = Array.isArray(input.data?.refunds) ? (input.data.refunds as unknown[]) : []
    const outTradeNo = this.outTradeNo(input.data)
    const outRefundNo = `${outTradeNo}-R${refunds.length + 1}`
    const { data } = await at(this.client_, "v3", "refund", "domestic", "refunds").post({
      out_trade_no: outTradeNo,
      out_refund_no: outRefundNo,
      amount: { refund: toFen(input.amount), total: Number(input.data?.total), currency: "CNY" },
    })
    const { refund_id, status } = data as { refund_id: string; status: string }
    return { data: { ...input.data, refunds: [...refunds, { out_refund_no: outRefundNo, refund_id, status }] } }
  }

  /** Closes an unpaid order so the QR code can no longer be paid. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const outTradeNo = this.outTradeNo(input.data)
    if ((await this.transaction(outTradeNo))?.trade_state === "NOTPAY")
      await at(this.client_, "v3", "pay", "transactions", "out-trade-no", "{out_trade_no}", "close").post(
        { mchid: this.options_.mchid },
        { out_trade_no: outTradeNo }
      )
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  /**
   * WeChat Pay's notification: `Wechatpay-Signature` is RSA-SHA256 over `timestamp\nnonce\nbody\n` with
   * WeChat Pay's key, and the transaction inside is AES-256-GCM encrypted with the APIv3 key. Refused
   * (not acted on) when unsigned, wrongly signed, signed by another key, older than five minutes or
   * for another merchant; a successful payment is `captured` for the session it was opened for.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const ignore = { action: PaymentActions.NOT_SUPPORTED }
    const header = (name: string) => {
      const value = payload.headers?.[name]
      return Array.isArray(value) ? value[0] : value
    }
    const [timestamp, nonce, signature, serial] = [
      header("wechatpay-timestamp"),
      header("wechatpay-nonce"),
      header("wechatpay-signature"),
      header("wechatpay-serial"),
    ]
    const raw = Buffer.isBuffer(payload.rawData) ? payload.rawData.toString("utf8") : String(payload.rawData ?? "")
    if (!timestamp || !nonce || !signature || serial !== this.options_.platformSerial || !raw) return ignore
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > NOTIFICATION_WINDOW_S) return ignore
    const key = Rsa.from(this.options_.platformPublicKey, Rsa.KEY_TYPE_PUBLIC)
    if (!Rsa.verify(Formatter.response(timestamp, nonce, raw), signature, key)) return ignore
    const notice = JSON.parse(raw) as {
      event_type?: string
      resource?: { ciphertext: string; nonce: string; associated_data?: string }
    }
    if (notice.event_type !== "TRANSACTION.SUCCESS" || !notice.resource) return ignore
    const { ciphertext, nonce: iv, associated_data } = notice.resource
    const transaction = JSON.parse(
      Aes.AesGcm.decrypt(ciphertext, this.options_.apiV3Key, iv, associated_data ?? "")
    ) as Transaction
    if (transaction.mchid !== this.options_.mchid || transaction.appid !== this.options_.appid) return ignore
    if (transaction.trade_state !== "SUCCESS") return ignore
    return {
      action: PaymentActions.SUCCESSFUL,
      // yuan as an exact decimal string: WeChat Pay counts in fen
      data: { session_id: transaction.out_trade_no, amount: formatYuan(transaction.amount?.total ?? 0) },
    }
  }
}
