import { createServer } from "node:http"
import { createCipheriv, createSign, createVerify, randomBytes } from "node:crypto"

/**
 * A local stand-in for WeChat Pay's APIv3 (api.mch.weixin.qq.com), following its documented protocol
 * (https://pay.weixin.qq.com/doc/v3/merchant/4012365334 signatures, /4012365342 notifications): each
 * request's `Authorization: WECHATPAY2-SHA256-RSA2048 …` is checked with the merchant's public key
 * over `METHOD\npath\ntimestamp\nnonce\nbody\n`; each answer carries `Wechatpay-Timestamp/Nonce/Serial/
 * Signature` signed with WeChat Pay's key over `timestamp\nnonce\nbody\n`. It answers the Native order,
 * query by out_trade_no, close and refund over the orders it holds; `pay` plays the shopper scanning
 * and paying, `notification` builds the signed notification with the transaction AES-256-GCM encrypted
 * under the APIv3 key. The same test runs against WeChat Pay by unsetting WECHATPAY_BASE_URL (README).
 */
export interface WechatPayApi {
  url: string
  requests: { method: string; path: string; body: Record<string, unknown>; signed: boolean }[]
  pay(outTradeNo: string): Record<string, unknown>
  notification(
    outTradeNo: string,
    options?: { signer?: string; timestamp?: number; mchid?: string }
  ): { headers: Record<string, string>; body: string }
  close(): Promise<void>
}

interface Keys {
  mchid: string
  appid: string
  merchantPublicKey: string
  platformPrivateKey: string
  platformSerial: string
  apiV3Key: string
}

const nonce = () => randomBytes(16).toString("hex")
const now = () => Math.floor(Date.now() / 1000)

export function startWechatPayApi(port: number, keys: Keys): WechatPayApi {
  const orders = new Map<string, Record<string, unknown>>()
  const requests: WechatPayApi["requests"] = []
  const sign = (text: string, key = keys.platformPrivateKey) =>
    createSign("RSA-SHA256").update(text, "utf8").sign(key, "base64")
  const signedHeaders = (body: string, signer?: string, timestamp = now()) => {
    const n = nonce()
    return {
      "wechatpay-timestamp": String(timestamp),
      "wechatpay-nonce": n,
      "wechatpay-serial": keys.platformSerial,
      "wechatpay-signature": sign(`${timestamp}\n${n}\n${body}\n`, signer),
    }
  }
  const verified = (method: string, path: string, authorization: string, body: string) => {
    const fields = Object.fromEntries(
      [...authorization.replace(/^WECHATPAY2-SHA256-RSA2048 /, "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [
        m[1],
        m[2],
      ])
    )
    if (fields.mchid !== keys.mchid || !fields.signature) return false
    return createVerify("RSA-SHA256")
      .update(`${method}\n${path}\n${fields.timestamp}\n${fields.nonce_str}\n${body}\n`, "utf8")
      .verify(keys.merchantPublicKey, fields.signature, "base64")
  }

  const server = createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const method = req.method ?? "GET"
      const url = req.url ?? "/"
      const path = url.split("?")[0]
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
      const signed = verified(method, url, String(req.headers.authorization ?? ""), raw)
      requests.push({ method, path, body, signed })
      const send = (status: number, payload?: unknown) => {
        const text = payload === undefined ? "" : JSON.stringify(payload)
        res.writeHead(status, { "content-type": "application/json", "request-id": nonce(), ...signedHeaders(text) })
        res.end(text)
      }
      if (!signed) return send(401, { code: "SIGN_ERROR", message: "签名错误" })
      let match: RegExpMatchArray | null
      if (method === "POST" && path === "/v3/pay/transactions/native") {
        const no = String(body.out_trade_no)
        orders.set(no, {
          mchid: keys.mchid,
          appid: keys.appid,
          out_trade_no: no,
          trade_state: "NOTPAY",
          amount: { total: (body.amount as { total: number }).total, currency: "CNY" },
        })
        return send(200, { code_url: `weixin://wxpay/bizpayurl?pr=${nonce().slice(0, 7)}` })
      }
      if ((match = path.match(/^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)(\/close)?$/))) {
        const order = orders.get(decodeURIComponent(match[1]))
        if (!order) return send(404, { code: "ORDER_NOT_EXIST", message: "订单不存在" })
        if (match[2]) {
          order.trade_state = "CLOSED"
          return send(204)
        }
        return send(200, order)
      }
      if (method === "POST" && path === "/v3/refund/domestic/refunds") {
        const order = orders.get(String(body.out_trade_no))
        if (!order) return send(404, { code: "RESOURCE_NOT_EXISTS", message: "订单不存在" })
        order.trade_state = "REFUND"
        return send(200, {
          refund_id: `50000${Date.now()}`,
          out_refund_no: body.out_refund_no,
          transaction_id: order.transaction_id,
          out_trade_no: order.out_trade_no,
          status: "PROCESSING",
          amount: body.amount,
        })
      }
      send(404, { code: "NOT_FOUND", message: "资源不存在" })
    })
  })
  server.listen(port, "127.0.0.1")

  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    pay(outTradeNo: string) {
      const order = orders.get(outTradeNo)!
      Object.assign(order, {
        trade_state: "SUCCESS",
        transaction_id: `4200002${Date.now()}`,
        success_time: new Date().toISOString(),
      })
      return order
    },
    notification(outTradeNo, options = {}) {
      const transaction = { ...orders.get(outTradeNo)!, ...(options.mchid ? { mchid: options.mchid } : {}) }
      const iv = nonce().slice(0, 12)
      const cipher = createCipheriv("aes-256-gcm", Buffer.from(keys.apiV3Key), Buffer.from(iv))
      cipher.setAAD(Buffer.from("transaction"))
      const ciphertext = Buffer.concat([
        cipher.update(JSON.stringify(transaction), "utf8"),
        cipher.final(),
        cipher.getAuthTag(),
      ]).toString("base64")
      const body = JSON.stringify({
        id: `EV-${nonce()}`,
        create_time: new Date().toISOString(),
        resource_type: "encrypt-resource",
        event_type: "TRANSACTION.SUCCESS",
        summary: "支付成功",
        resource: {
          original_type: "transaction",
          algorithm: "AEAD_AES_256_GCM",
          ciphertext,
          associated_data: "transaction",
          nonce: iv,
        },
      })
      return {
        headers: { "content-type": "application/json", ...signedHeaders(body, options.signer, options.timestamp) },
        body,
      }
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
