import { Button, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type ChangeEvent, type FormEvent } from "react"
import { CERTIFICATE_TYPES, ISSUER_LEVEL_LABELS, TYPE_LABELS } from "@zhunong/common/certificate-rules"
import { errorMessage } from "@zhunong/common/admin/sdk"
import { useApplyCertificate } from "../hooks/certificates"

const EMPTY = {
  type: "assistance_product",
  number: "",
  batch: "",
  issuer: "",
  issuer_level: "prefecture",
  supplier_name: "",
  supplier_uscc: "",
  county_code: "",
  poverty_mechanism: "",
  beneficiaries: "",
  valid_from: "",
  valid_to: "",
}

/** 登记认定申请: an office registers an application it received; the server checks every field. */
export const ApplyCertificateForm = () => {
  const apply = useApplyCertificate()
  const [form, setForm] = useState(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const [evidence, setEvidence] = useState<{ id: string; url: string; name: string }[]>([])
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  /** Evidence goes to Medusa's file module first; the certificate keeps the references. */
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])]
    if (!files.length) return
    const body = new FormData()
    files.forEach((file) => body.append("files", file))
    const res = await fetch("/admin/uploads", { method: "POST", credentials: "include", body })
    const json = (await res.json()) as { files?: { id: string; url: string }[]; message?: string }
    if (!res.ok || !json.files) return setError(`证明材料上传失败：${json.message ?? res.status}`)
    setEvidence((current) => [...current, ...json.files!.map((f, i) => ({ ...f, name: files[i].name }))])
    event.target.value = ""
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      await apply.mutateAsync({
        ...form,
        batch: form.batch || null,
        poverty_mechanism: form.poverty_mechanism || null,
        beneficiaries: form.beneficiaries === "" ? null : Number(form.beneficiaries),
        evidence,
      })
      toast.success(`已登记申请 ${form.number}`)
      setForm(EMPTY)
      setEvidence([])
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const field = (key: keyof typeof EMPTY, label: string, props: { placeholder?: string; type?: string } = {}) => (
    <div className="flex flex-col gap-y-1">
      <Label size="small" htmlFor={`cert-${key}`}>
        {label}
      </Label>
      <Input id={`cert-${key}`} size="small" value={form[key]} onChange={(e) => set(key)(e.target.value)} {...props} />
    </div>
  )
  const choice = (key: "type" | "issuer_level", label: string, options: Record<string, string>) => (
    <div className="flex flex-col gap-y-1">
      <Label size="small">{label}</Label>
      <Select size="small" value={form[key]} onValueChange={set(key)}>
        <Select.Trigger aria-label={label}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {Object.entries(options).map(([value, text]) => (
            <Select.Item key={value} value={value}>
              {text}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )

  return (
    <form onSubmit={submit} className="grid grid-cols-3 gap-3 px-6 py-4">
      {choice("type", "认定类型", Object.fromEntries(CERTIFICATE_TYPES.map((t) => [t, TYPE_LABELS[t]])))}
      {field("number", "证书编号")}
      {field("batch", "批次")}
      {field("issuer", "认定机关")}
      {choice("issuer_level", "认定层级", ISSUER_LEVEL_LABELS)}
      {field("county_code", "产地县代码", { placeholder: "如 513429" })}
      {field("supplier_name", "申报主体")}
      {field("supplier_uscc", "统一社会信用代码", { placeholder: "18位" })}
      {field("beneficiaries", "带动脱贫人数", { type: "number" })}
      {field("valid_from", "有效期起", { type: "date" })}
      {field("valid_to", "有效期止", { type: "date" })}
      <div className="col-span-3 flex flex-col gap-y-1">
        <Label size="small" htmlFor="cert-poverty_mechanism">
          带贫机制
        </Label>
        <Textarea
          id="cert-poverty_mechanism"
          value={form.poverty_mechanism}
          onChange={(e) => set("poverty_mechanism")(e.target.value)}
        />
      </div>
      <div className="col-span-3 flex flex-col gap-y-1">
        <Label size="small" htmlFor="cert-evidence">
          证明材料（认定文件、公示截图等）
        </Label>
        <input id="cert-evidence" type="file" multiple onChange={upload} />
        {evidence.map((f) => (
          <Text key={f.id} size="small">
            {f.name}
          </Text>
        ))}
      </div>
      {error && (
        <Text size="small" className="col-span-3 text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
      <div className="col-span-3">
        <Button size="small" type="submit" isLoading={apply.isPending}>
          登记申请
        </Button>
      </div>
    </form>
  )
}
