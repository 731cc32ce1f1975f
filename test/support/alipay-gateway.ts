import { createServer } from "node:http"
import { createSign, createVerify, randomUUID } from "node:crypto"
import { parse } from "node:querystring"

/**
 * A local stand-in for Alipay's open gateway (openapi.alipay.com/gateway.do), following its documented
 * protocol (https://opendocs.alipay.com/common/02kf5q, /02mse2): requests are checked against the
 * application's public key — RSA2 over the sorted `k=v` pairs but `sign` — and every answer is
 * `{"<method>_response": {...}, "sign": "<RSA2 of that JSON text>"}` signed with Alipay's key. It
 * answers alipay.trade.query, .refund and .close over the trades it holds; `pay` plays the shopper
 * paying on the cashier page, `notification` builds the signed asynchronous notification Alipay posts.
 * The same test runs against Alipay's sandbox by setting ALIPAY_GATEWAY there (README).
 */
export interface AlipayGateway {
  url: string
  requests: { method: string; biz: Record<string, unknown>; signed: boolean }[]
  /** Whether a URL this application signed (the cashier URL) verifies, and its biz_content. */
  verifyUrl(url: string): { signed: boolean; biz: Record<string, unknown> }
  pay(outTradeNo: string, totalAmount: string): Record<string, string>
  notification(outTradeNo: string, appId: string, signer?: string): Record<string, string>
  close(): Promise<void>
}

const signContent = (fields: Record<string, string>) =>
  Object.keys(fields)
    .filter((k) => k !== "sign" && fields[k] !== "" && fields[k] !== undefined)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join("&")

export function startAlipayGateway(
  port: number,
  keys: { appPublicKey: string; alipayPrivateKey: string }
): AlipayGateway {
  const trades = new Map<string, { total_amount: string; trade_no: string; status: string }>()
  const requests: AlipayGateway["requests"] = []
  const rsa2 = (text: string, key = keys.alipayPrivateKey) =>
    createSign("RSA-SHA256").update(text, "utf8").sign(key, "base64")
  const verified = (fields: Record<string, string>) =>
    !!fields.sign &&
    createVerify("RSA-SHA256").update(signContent(fields), "utf8").verify(keys.appPublicKey, fields.sign, "base64")

  const answer = (method: string, biz: Record<string, unknown>, signed: boolean): Record<string, unknown> => {
    if (!signed)
      return { code: "40002", msg: "Invalid Arguments", sub_code: "isv.invalid-signature", sub_msg: "验签出错" }
    const no = String(biz.out_trade_no ?? "")
    const trade = trades.get(no)
    if (!trade) return { code: "40004", msg: "Business Failed", sub_code: "ACQ.TRADE_NOT_EXIST", sub_msg: "交易不存在" }
    if (method === "alipay.trade.query")
      return {
        code: "10000",
        msg: "Success",
        out_trade_no: no,
        trade_no: trade.trade_no,
        trade_status: trade.status,
        total_amount: trade.total_amount,
      }
    if (method === "alipay.trade.refund")
      return {
        code: "10000",
        msg: "Success",
        out_trade_no: no,
        trade_no: trade.trade_no,
        fund_change: "Y",
        refund_fee: String(biz.refund_amount),
      }
    if (method === "alipay.trade.close") {
      trade.status = "TRADE_CLOSED"
      return { code: "10000", msg: "Success", out_trade_no: no, trade_no: trade.trade_no }
    }
    return { code: "40004", msg: "Business Failed", sub_code: "isv.invalid-method", sub_msg: "不存在的方法名" }
  }

  const server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://gateway")
      const fields = { ...Object.fromEntries(url.searchParams), ...(parse(raw) as Record<string, string>) }
      const method = fields.method ?? ""
      const biz = fields.biz_content ? (JSON.parse(fields.biz_content) as Record<string, unknown>) : {}
      const signed = verified(fields)
      requests.push({ method, biz, signed })
      const node = JSON.stringify(answer(method, biz, signed))
      res.writeHead(200, { "content-type": "application/json;charset=utf-8" })
      res.end(`{"${method.replaceAll(".", "_")}_response":${node},"sign":"${rsa2(node)}"}`)
    })
  })
  server.listen(port, "127.0.0.1")

  return {
    url: `http://127.0.0.1:${port}/gateway.do`,
    requests,
    verifyUrl(payUrl: string) {
      const fields = Object.fromEntries(new URL(payUrl).searchParams)
      return { signed: verified(fields), biz: JSON.parse(fields.biz_content ?? "{}") as Record<string, unknown> }
    },
    pay(outTradeNo: string, totalAmount: string) {
      const trade = {
        total_amount: totalAmount,
        trade_no: `2026${Date.now()}${Math.floor(Math.random() * 1e6)}`,
        status: "TRADE_SUCCESS",
      }
      trades.set(outTradeNo, trade)
      return { out_trade_no: outTradeNo, ...trade }
    },
    notification(outTradeNo: string, appId: string, signer = keys.alipayPrivateKey) {
      const trade = trades.get(outTradeNo)!
      const fields: Record<string, string> = {
        notify_time: "2026-11-27 15:00:00",
        notify_type: "trade_status_sync",
        notify_id: randomUUID().replaceAll("-", ""),
        app_id: appId,
        charset: "utf-8",
        version: "1.0",
        trade_no: trade.trade_no,
        out_trade_no: outTradeNo,
        trade_status: trade.status,
        total_amount: trade.total_amount,
        receipt_amount: trade.total_amount,
        gmt_payment: "2026-11-27 14:59:58",
      }
      // Alipay signs the sorted fields without `sign` and `sign_type`, then adds both
      return { ...fields, sign_type: "RSA2", sign: rsa2(signContent(fields), signer) }
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
