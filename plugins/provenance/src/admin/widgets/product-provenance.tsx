import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import {
  STATUS_LABELS,
  TYPE_LABELS,
  type CertificateStatus,
  type CertificateType,
} from "@zhunong/common/certificate-rules"
import { sdk } from "@zhunong/common/admin/sdk"
import { STATUS_COLORS } from "../lib/labels"

type Division = { id: string; code: string; name: string; is_poverty_exit: boolean; is_key_assistance: boolean }
type Certificate = { id: string; type: CertificateType; number: string; status: CertificateStatus; valid_to: string }
type Provenance = { division: Division | null; certificates: Certificate[] | null }

/** 产地与认定 on the product page: the origin county (with a picker) and the product's certificates. */
const ProductProvenanceWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [provenance, setProvenance] = useState<Provenance | null>(null)
  const [search, setSearch] = useState("")
  const [matches, setMatches] = useState<(Division & { parent_code: string })[]>([])
  const [certificateNumber, setCertificateNumber] = useState("")

  const load = useCallback(() => {
    sdk.client
      .fetch<{ product: Provenance }>(`/admin/products/${product.id}?fields=id,*division,*certificates`)
      .then(({ product }) => setProvenance(product))
      .catch((e: Error) => toast.error(e.message))
  }, [product.id])
  useEffect(load, [load])

  useEffect(() => {
    if (search.trim().length < 2) return setMatches([])
    const timer = setTimeout(() => {
      sdk.client
        .fetch<{ divisions: (Division & { parent_code: string })[] }>(
          `/admin/divisions?level=county&limit=8&q=${encodeURIComponent(search.trim())}`
        )
        .then(({ divisions }) => setMatches(divisions))
        .catch((e: Error) => toast.error(e.message))
    }, 250)
    return () => clearTimeout(timer)
  }, [search])

  const setOrigin = async (county: Division) => {
    try {
      await sdk.client.fetch(`/admin/products/${product.id}/origin`, {
        method: "POST",
        body: { county_code: county.code },
      })
      toast.success(`产地已设为 ${county.name}`)
      setSearch("")
      load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  const linkCertificate = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const { certificates } = await sdk.client.fetch<{ certificates: { id: string }[] }>(
        `/admin/certificates?number=${encodeURIComponent(certificateNumber.trim())}`
      )
      if (!certificates.length) throw new Error(`没有编号为 ${certificateNumber.trim()} 的证书`)
      for (const c of certificates) {
        await sdk.client.fetch(`/admin/certificates/${c.id}/products`, { method: "POST", body: { add: [product.id] } })
      }
      toast.success("已关联证书")
      setCertificateNumber("")
      load()
    } catch (e) {
      toast.error((e as Error).message)
    }
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
