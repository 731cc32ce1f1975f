import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import type { ChangeEvent } from "react"
import { errorMessage } from "@zhunong/common/admin/sdk"
import { useCsvImport, useLoadDivisions } from "../../hooks/provenance-data"

/** One CSV import: pick a file, send it, show the result or every bad row. */
const CsvImport = ({ title, hint, path }: { title: string; hint: string; path: string }) => {
  const csvImport = useCsvImport(path)
  const result = csvImport.data === undefined ? null : JSON.stringify(csvImport.data)
  const errors = csvImport.error ? errorMessage(csvImport.error) : null

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ""
    if (!file) return
    csvImport.mutate(await file.text(), { onSuccess: () => toast.success(`${title}：已导入`) })
  }

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text weight="plus">{title}</Text>
      <Text size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
      <input type="file" accept=".csv,text/csv" onChange={upload} aria-label={title} />
      {result && (
        <Text size="small" className="text-ui-fg-interactive">
          导入完成：{result}
        </Text>
      )}
      {errors && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {errors}
        </Text>
      )}
    </div>
  )
}

/** 产地数据: the division register, and the imports offices keep it current with. */
const ProvenanceDataPage = () => {
  const divisions = useLoadDivisions()
  const loadDivisions = () =>
    divisions.mutate(undefined, {
      onSuccess: ({ total, created }) => toast.success(`行政区划：共 ${total} 条，新增 ${created} 条`),
      onError: (e) => toast.error(errorMessage(e)),
    })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">产地数据</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            行政区划（GB/T 2260）、对口关系、脱贫县与重点帮扶县名单
          </Text>
        </div>
        <Button size="small" variant="secondary" isLoading={divisions.isPending} onClick={loadDivisions}>
          加载全国行政区划
        </Button>
      </div>
      <CsvImport
        title="导入对口关系"
        hint="列：jurisdiction_code, jurisdiction_name, division_code, division_name, level, pairing_type, valid_from, valid_to, source。任一行有误则整批不导入。"
        path="/admin/pairings/import"
      />
      <CsvImport
        title="导入脱贫县 / 重点帮扶县名单"
        hint="列：code, is_poverty_exit, is_key_assistance（是/否）。"
        path="/admin/divisions/flags"
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "产地数据", icon: MapPin })

export default ProvenanceDataPage
