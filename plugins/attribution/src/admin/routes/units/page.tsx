import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useState, type ChangeEvent } from "react"
import { Link } from "react-router-dom"
import { UNIT_TYPE_LABELS, UNIT_TYPES } from "@zhunong/common/purchase-rules"
import { LabelSelect, labelled } from "../../components/label-select"
import { UnitForm } from "../../components/unit-form"
import { ImportRefused, useCreateUnit, useImportUnits, useUnits } from "../../hooks/units"
import { ListState } from "@zhunong/common/admin/list-state"

/** 采购单位: search and filter the units, register one, or import many from CSV. */
const UnitsPage = () => {
  const [q, setQ] = useState("")
  const [type, setType] = useState("all")
  const query: Record<string, string | number> = {
    limit: 200,
    order: "name",
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(type !== "all" ? { type } : {}),
  }
  const list = useUnits(query)
  const units = list.data?.units ?? []
  const count = list.data?.count ?? 0
  const create = useCreateUnit()
  const upload = useImportUnits()
  const importErrors = upload.error instanceof ImportRefused ? upload.error.errors : upload.error?.message

  const importCsv = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ""
    if (!file) return
    upload.mutate(await file.text(), { onSuccess: ({ created }) => toast.success(`已导入 ${created} 个单位`) })
  }

  return (
    <div className="flex flex-col gap-y-4">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <div>
            <Heading level="h1">采购单位</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              共 {count} 个单位。职工的每笔购买都按其所在单位归属。
            </Text>
          </div>
          <div className="flex gap-x-2">
            <Input
              size="small"
              type="search"
              placeholder="名称或信用代码"
              aria-label="搜索单位"
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
            <LabelSelect
              size="small"
              label="单位类型"
              value={type}
              options={[{ value: "all", label: "全部类型" }, ...labelled(UNIT_TYPES, UNIT_TYPE_LABELS)]}
              onChange={setType}
            />
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>单位名称</Table.HeaderCell>
              <Table.HeaderCell>类型</Table.HeaderCell>
              <Table.HeaderCell>考核辖区</Table.HeaderCell>
              <Table.HeaderCell>统一社会信用代码</Table.HeaderCell>
              <Table.HeaderCell>状态</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {units.map((u) => (
              <Table.Row key={u.id}>
                <Table.Cell>
                  <Link to={`/units/${u.id}`} className="text-ui-fg-interactive">
                    {u.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{UNIT_TYPE_LABELS[u.type].zh}</Table.Cell>
                <Table.Cell>{u.jurisdiction_code}</Table.Cell>
                <Table.Cell>{u.uscc}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={u.status === "active" ? "green" : "grey"}>
                    {u.status === "active" ? "启用" : "停用"}
                  </Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListState query={list} empty={units.length === 0} emptyText="没有符合条件的单位。" />
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">登记单位</Heading>
        </div>
        <UnitForm
          units={units}
          submitLabel="登记"
          onSubmit={async (values) => {
            await create.mutateAsync(values)
            toast.success("已登记")
          }}
        />
      </Container>
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Heading level="h2">从 CSV 导入</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            列：name, uscc, type（党政机关、事业单位、学校、医院、国有企业、工会、民营企业、社会组织）,
            jurisdiction_code，可选 parent_uscc （主管单位的信用代码，可在同一文件中）, address,
            email_domains（分号分隔）。任一行有误则整批不导入。
          </Text>
          <input type="file" accept=".csv,text/csv" onChange={importCsv} aria-label="选择要导入的单位 CSV 文件" />
          {typeof importErrors === "string" && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              {importErrors}
            </Text>
          )}
          {Array.isArray(importErrors) && (
            <ul role="alert" className="text-ui-fg-error txt-small list-disc pl-5">
              {importErrors.map((e) => (
                <li key={`${e.line}-${e.field}-${e.message}`}>
                  第{e.line}行 {e.field}：{e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "采购单位", icon: Buildings })

export default UnitsPage
