import { Input, Label } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from "@zhunong/common/purchase-rules"
import { errorMessage } from "@zhunong/common/admin/sdk"
import type { Unit } from "../lib/types"
import { LabelSelect, labelled } from "./label-select"
import { SubmitRow } from "./submit-row"

export interface UnitFormValues {
  name: string
  uscc: string
  type: UnitType
  jurisdiction_code: string
  parent_id: string | null
  address: string | null
  email_domains: string[]
  status: "active" | "inactive"
}

const empty: UnitFormValues = {
  name: "",
  uscc: "",
  type: "party_government",
  jurisdiction_code: "",
  parent_id: null,
  address: null,
  email_domains: [],
  status: "active",
}

/**
 * The fields of a buying unit, for creating one (with its 信用代码) or editing one (the code is
 * fixed once registered). The server validates; its message is shown beside the button.
 */
export const UnitForm = ({
  initial,
  units,
  submitLabel,
  onSubmit,
}: {
  initial?: Unit & { email_domains: string[] }
  units: Unit[]
  submitLabel: string
  onSubmit: (values: Partial<UnitFormValues>) => Promise<void>
}) => {
  const [values, setValues] = useState<UnitFormValues>(() => {
    if (!initial) return empty
    const { name, uscc, type, jurisdiction_code, parent_id, address, status } = initial
    return { name, uscc, type, jurisdiction_code, parent_id, address, status, email_domains: initial.email_domains }
  })
  const [domains, setDomains] = useState((initial?.email_domains ?? []).join(", "))
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof UnitFormValues>(key: K, value: UnitFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    setError(null)
    const { uscc, ...editable } = values
    const body = {
      ...editable,
      // the 信用代码 identifies the unit and is set once, when it is registered
      ...(initial ? {} : { uscc }),
      address: values.address || null,
      email_domains: domains.split(/[,，;；\s]+/).filter(Boolean),
    }
    try {
      await onSubmit(body)
      if (!initial) {
        setValues(empty)
        setDomains("")
      }
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const field = (id: keyof UnitFormValues, label: string, input: JSX.Element) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`unit-${id}`} size="small">
        {label}
      </Label>
      {input}
    </div>
  )

  return (
    <form onSubmit={submit} className="grid grid-cols-2 gap-4 px-6 py-4">
      {field(
        "name",
        "单位名称",
        <Input id="unit-name" value={values.name} onChange={(e) => set("name", e.target.value)} required />
      )}
      {initial
        ? field("uscc", "统一社会信用代码", <Input id="unit-uscc" value={initial.uscc} disabled />)
        : field(
            "uscc",
            "统一社会信用代码",
            <Input
              id="unit-uscc"
              value={values.uscc}
              onChange={(e) => set("uscc", e.target.value)}
              maxLength={18}
              required
            />
          )}
      {field(
        "type",
        "单位类型",
        <LabelSelect
          id="unit-type"
          label="单位类型"
          value={values.type}
          options={labelled(UNIT_TYPES, UNIT_TYPE_LABELS)}
          onChange={(v) => set("type", v)}
        />
      )}
      {field(
        "jurisdiction_code",
        "考核辖区代码（如 310117 松江区）",
        <Input
          id="unit-jurisdiction_code"
          value={values.jurisdiction_code}
          onChange={(e) => set("jurisdiction_code", e.target.value)}
          required
        />
      )}
      {field(
        "parent_id",
        "主管单位",
        <LabelSelect
          id="unit-parent_id"
          label="主管单位"
          value={values.parent_id ?? "none"}
          options={[
            { value: "none", label: "（无）" },
            ...units.filter((u) => u.id !== initial?.id).map((u) => ({ value: u.id, label: u.name })),
          ]}
          onChange={(v) => set("parent_id", v === "none" ? null : v)}
        />
      )}
      {field(
        "address",
        "地址",
        <Input id="unit-address" value={values.address ?? ""} onChange={(e) => set("address", e.target.value)} />
      )}
      {field(
        "email_domains",
        "自动加入的邮箱域名（逗号分隔）",
        <Input
          id="unit-email_domains"
          value={domains}
          onChange={(e) => setDomains(e.target.value)}
          placeholder="songjiang.gov.cn"
        />
      )}
      {field(
        "status",
        "状态",
        <LabelSelect
          id="unit-status"
          label="状态"
          value={values.status}
          options={[
            { value: "active", label: "启用" },
            { value: "inactive", label: "停用" },
          ]}
          onChange={(v) => set("status", v)}
        />
      )}
      <SubmitRow label={submitLabel} saving={saving} error={error} />
    </form>
  )
}
