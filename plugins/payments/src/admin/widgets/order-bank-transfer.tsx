import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { formatYuan, parseYuan } from "@zhunong/common/money"
import { BANK_TRANSFER_STATUS_LABELS, RecordRemittance } from "@zhunong/common/payment-rules"
import { shanghaiDate } from "@zhunong/common/dates"
import { errorMessage } from "@zhunong/common/admin/sdk"
import { useBankTransfer, useRecordRemittance, type AdminBankTransfer } from "../hooks/bank-transfer"

const Row = ({ label, value }: { label: string; value: string }) => (
  <div className="grid grid-cols-2 px-6 py-2">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{value}</Text>
  </div>
)

const day = (value: string) => shanghaiDate(new Date(value))

/** A file as the route takes it: base64 without the data-URL prefix. */
const readFile = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })

/** 登记到账: one remittance off the bank statement, checked here with the route's own schema before it is sent. */
function RemittanceForm({ orderId, transfer }: { orderId: string; transfer: AdminBankTransfer }) {
  const record = useRecordRemittance(orderId)
  const [amount, setAmount] = useState(formatYuan(transfer.outstanding_fen))
  const [payer, setPayer] = useState(transfer.payer_name)
  const [reference, setReference] = useState("")
  const [date, setDate] = useState(shanghaiDate(new Date()))
  const [file, setFile] = useState<File | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const fen = parseYuan(amount)
    const parsed = RecordRemittance.safeParse({
      amount_fen: fen ?? Number.NaN,
      payer_account_name: payer,
      bank_reference: reference,
      remitted_on: date,
      voucher: file ? { filename: file.name, mime_type: file.type, content_base64: await readFile(file) } : null,
    })
    if (!parsed.success) return setProblem(parsed.error.issues[0].message)
    setProblem(null)
    record.mutate(parsed.data, {
      onSuccess: ({ bank_transfer }) => {
        toast.success(bank_transfer.status === "paid" ? "已登记，货款已付清，订单已支付" : "已登记到账")
        setReference("")
        setFile(null)
        setAmount(formatYuan(bank_transfer.outstanding_fen))
      },
      onError: (e) => setProblem(errorMessage(e)),
    })
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" aria-label="登记到账">
      <Heading level="h3">登记到账</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        按银行流水逐笔登记；付款户名须为采购单位{transfer.funding === "union" ? "或其工会" : ""}，金额不超过尚欠金额。
      </Text>
      <div className="flex flex-col gap-y-3">
        <div>
          <Label htmlFor="rmt-amount" size="small">
            到账金额（元）
          </Label>
          <Input id="rmt-amount" size="small" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="rmt-date" size="small">
            到账日期
          </Label>
          <Input id="rmt-date" size="small" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="rmt-payer" size="small">
            付款户名
          </Label>
          <Input id="rmt-payer" size="small" value={payer} onChange={(e) => setPayer(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="rmt-reference" size="small">
            银行流水号
          </Label>
          <Input id="rmt-reference" size="small" value={reference} onChange={(e) => setReference(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="rmt-voucher" size="small">
            回单（JPG/PNG/PDF，选填）
          </Label>
          <input
            id="rmt-voucher"
            type="file"
            accept="image/jpeg,image/png,image/webp,application/pdf"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
      </div>
      {problem && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {problem}
        </Text>
      )}
      <Button size="small" type="submit" isLoading={record.isPending}>
        登记
      </Button>
    </form>
  )
}

/** 对公转账 on the order page: what the unit owes under which reference, the remittances recorded, and the form to record one. */
const OrderBankTransferWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, error } = useBankTransfer(order.id)
  const transfer = data?.bank_transfer
  if (!error && !transfer) return null
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">对公转账</Heading>
        {transfer && (
          <div className="flex gap-x-2">
            {transfer.overdue && <Badge color="orange">已逾期</Badge>}
            <Badge color={transfer.status === "paid" ? "green" : transfer.status === "canceled" ? "red" : "blue"}>
              {BANK_TRANSFER_STATUS_LABELS[transfer.status].zh}
            </Badge>
          </div>
        )}
      </div>
      {error && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {errorMessage(error)}
        </Text>
      )}
      {transfer && (
        <>
          <Row label="付款参考号" value={transfer.reference} />
          <Row label="付款单位" value={transfer.payer_name} />
          <Row
            label="应付 / 已到账"
            value={`¥${formatYuan(transfer.amount_fen)} / ¥${formatYuan(transfer.received_fen)}`}
          />
          {transfer.status === "awaiting" && (
            <>
              <Row label="尚欠" value={`¥${formatYuan(transfer.outstanding_fen)}`} />
              <Row
                label="付款期限"
                value={`${day(transfer.due_at)}（${day(transfer.cancel_after)} 起未付清自动取消）`}
              />
            </>
          )}
          {transfer.paid_at && <Row label="付清日期" value={day(transfer.paid_at)} />}
          {transfer.remittances.map((r) => (
            <div key={r.id} className="flex flex-col gap-y-1 px-6 py-3">
              <Text size="small" weight="plus">
                {r.remitted_on} · ¥{formatYuan(r.amount_fen)} · {r.payer_account_name}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                流水号 {r.bank_reference}
                {r.voucher && (
                  <>
                    {" · "}
                    <a
                      className="text-ui-fg-interactive"
                      href={`/admin/remittances/${r.id}/voucher`}
                      target="_blank"
                      rel="noreferrer"
                    >
                      回单 {r.voucher.filename}
                    </a>
                  </>
                )}
              </Text>
            </div>
          ))}
          {transfer.status === "awaiting" && <RemittanceForm orderId={order.id} transfer={transfer} />}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderBankTransferWidget
