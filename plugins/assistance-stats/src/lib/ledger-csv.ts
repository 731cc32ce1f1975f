/** One CSV field: quoted when it holds a comma, a quote or a line break, as Postgres' COPY writes it. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line, ended by a line feed as COPY ends its lines (a file mixes no two endings). */
export const csvLine = (fields: unknown[]) => `${fields.map(csvField).join(",")}\n`

/** The 台账's columns, in the order offices file them. */
export const LEDGER_CSV_HEADERS = [
  "序号",
  "记账日期",
  "类型",
  "订单号",
  "商品",
  "规格",
  "数量",
  "金额（元）",
  "供应商",
  "产地县代码",
  "产地县",
  "脱贫县",
  "有效认定",
  "采购单位",
  "单位类型",
  "考核辖区",
  "渠道",
  "资金性质",
  "对口关系",
  "是否计入",
  "不计入原因",
  "物流单号",
  "发票号码",
  "合同编号",
  "哈希",
]
