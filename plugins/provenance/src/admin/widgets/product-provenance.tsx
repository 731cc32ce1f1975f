import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { STATUS_LABELS, TYPE_LABELS } from "@zhunong/common/certificate-rules"
import { errorMessage } from "@zhunong/common/admin/sdk"
import {
  useCountySearch,
  useLinkCertificate,
  useProductProvenance,
  useSetOrigin,
  type Division,
} from "../hooks/provenance-data"
import { STATUS_COLORS } from "../lib/labels"

/** 产地与认定 on the product page: the origin county (with a picker) and the product's certificates. */
const ProductProvenanceWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const provenance = useProductProvenance(product.id).data?.product
  const [search, setSearch] = useState("")
  // the lookup waits until typing pauses for a quarter of a second
  const [term, setTerm] = useState("")
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 250)
    return () => clearTimeout(timer)
  }, [search])
  const found = useCountySearch(term)
  const matches = search.trim().length >= 2 ? (found.data?.divisions ?? []) : []
  const origin = useSetOrigin(product.id)
  const link = useLinkCertificate(product.id)
  const [certificateNumber, setCertificateNumber] = useState("")

  const setOrigin = (county: Division) =>
    origin.mutate(county.code, {
      onSuccess: () => {
        toast.success(`产地已设为 ${county.name}`)
        setSearch("")
      },
      onError: (e) => toast.error(errorMessage(e)),
    })

  const linkCertificate = (event: FormEvent) => {
    event.preventDefault()
    link.mutate(certificateNumber.trim(), {
      onSuccess: () => {
        toast.success("已关联证书")
        setCertificateNumber("")
      },
      onError: (e) => toast.error(errorMessage(e)),
    })
  }

  const county = provenance?.division
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">产地与认定</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          产地县
        </Text>
        {county ? (
          <div className="flex flex-wrap items-center gap-2">
            <Text size="small">
              {county.name}（{county.code}）
            </Text>
            {county.is_poverty_exit && (
              <Badge size="2xsmall" color="green">
                脱贫县
              </Badge>
            )}
            {county.is_key_assistance && (
              <Badge size="2xsmall" color="orange">
                重点帮扶县
              </Badge>
            )}
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            未设置
          </Text>
        )}
        <Input
          size="small"
          placeholder="输入县名或代码，如 布拖 / 513429"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="搜索产地县"
        />
        {matches.map((d) => (
          <Button key={d.id} size="small" variant="secondary" onClick={() => setOrigin(d)}>
            设为 {d.name}（{d.code}）
          </Button>
        ))}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          认定证书
        </Text>
        {provenance?.certificates?.length ? (
          provenance.certificates.map((c) => (
            <div key={c.id} className="flex items-center justify-between gap-2">
              <Text size="small">
                {TYPE_LABELS[c.type]} {c.number}（至 {c.valid_to}）
              </Text>
              <Badge size="2xsmall" color={STATUS_COLORS[c.status]}>
                {STATUS_LABELS[c.status]}
              </Badge>
            </div>
          ))
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            暂无证书。在“认定审核”页登记申请。
          </Text>
        )}
        <form onSubmit={linkCertificate} className="flex gap-x-2">
          <Input
            size="small"
            placeholder="证书编号"
            value={certificateNumber}
            onChange={(e) => setCertificateNumber(e.target.value)}
            aria-label="关联证书编号"
          />
          <Button size="small" variant="secondary" type="submit" disabled={!certificateNumber.trim()}>
            关联
          </Button>
        </form>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductProvenanceWidget
