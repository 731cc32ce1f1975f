import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useParams } from "react-router-dom"
import { formatYuan, parseYuan } from "@zhunong/common/money"
import {
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  MEMBERSHIP_STATUS_LABELS,
  UNIT_TYPE_LABELS,
  type MemberRole,
} from "@zhunong/common/purchase-rules"
import { LabelSelect, labelled } from "../../../components/label-select"
import { SubmitRow } from "../../../components/submit-row"
import { UnitForm } from "../../../components/unit-form"
import { errorMessage } from "@zhunong/common/admin/sdk"
import {
  useAddMember,
  useDecideMember,
  useSetUnitBasis,
  useUnit,
  useUnitMembers,
  useUnits,
  useUpdateUnit,
} from "../../../hooks/units"
import type { Basis, Member } from "../../../lib/types"

const thisYear = () =>
  Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()))

/** 年度申报: the bases a unit's targets are shares of, typed in yuan and sent in fen. */
const BasesSection = ({ unitId, bases }: { unitId: string; bases: Basis[] }) => {
  const setBasis = useSetUnitBasis(unitId)
  const [year, setYear] = useState(String(thisYear()))
  const existing = bases.find((b) => b.year === Number(year))
  const [form, setForm] = useState({ canteen: "", holiday: "", members: "", perMember: "500" })
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    setForm({
      canteen: existing?.canteen_total_fen != null ? formatYuan(existing.canteen_total_fen) : "",
      holiday: existing?.holiday_gift_total_fen != null ? formatYuan(existing.holiday_gift_total_fen) : "",
      members: existing?.union_members != null ? String(existing.union_members) : "",
      perMember: formatYuan(existing?.union_welfare_per_member_fen ?? 50_000),
    })
  }, [existing])

  const save = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    const money = (label: string, text: string) => {
      if (text.trim() === "") return null
      const fen = parseYuan(text)
      if (fen === null) throw new Error(`${label}应为金额（元），最多两位小数`)
      return fen
    }
    try {
      const members = form.members.trim() === "" ? null : Number(form.members)
      if (members !== null && !Number.isInteger(members)) throw new Error("工会会员人数应为整数")
      await setBasis.mutateAsync({
        year: Number(year),
        canteen_total_fen: money("食堂食材采购总额", form.canteen),
        holiday_gift_total_fen: money("节日慰问品总额", form.holiday),
        union_members: members,
        union_welfare_per_member_fen: money("职工福利标准", form.perMember) ?? 50_000,
      })
      toast.success(`${year}年申报已保存`)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const input = (key: keyof typeof form, label: string, suffix: string) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`basis-${key}`} size="small">
        {label}（{suffix}）
      </Label>
      <Input
        id={`basis-${key}`}
        inputMode="decimal"
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">年度申报</Heading>
        <div className="w-32">
          <LabelSelect
            size="small"
            label="年度"
            value={year}
            options={[thisYear() + 1, thisYear(), thisYear() - 1, thisYear() - 2].map((y) => ({
              value: String(y),
              label: `${y}年`,
            }))}
            onChange={setYear}
          />
        </div>
      </div>
      <form onSubmit={save} className="grid grid-cols-2 gap-4 px-6 py-4">
        {input("canteen", "食堂食材采购总额", "元")}
        {input("holiday", "法定节日慰问品发放总额", "元")}
        {input("members", "工会会员人数", "人")}
        {input("perMember", "工会经费职工福利标准", "元/人/年")}
        <SubmitRow label="保存" error={error} />
      </form>
    </Container>
  )
}

const roleOptions = labelled(MEMBER_ROLES, MEMBER_ROLE_LABELS)

/** 成员: approve, remove or re-role members; add a registered customer directly (e.g. the first unit admin). */
const MembersSection = ({ unitId }: { unitId: string }) => {
  const { data, error } = useUnitMembers(unitId)
  const members = data?.members ?? []
  const decide = useDecideMember(unitId)
  const addMember = useAddMember(unitId)
  const [email, setEmail] = useState("")
  const [role, setRole] = useState<MemberRole>("unit_admin")

  const act = (member: Member, body: { action: string; role?: MemberRole }) =>
    decide.mutate({ memberId: member.id, ...body }, { onError: (e) => toast.error(errorMessage(e)) })

  const add = (event: FormEvent) => {
    event.preventDefault()
    addMember.mutate(
      { email, role },
      {
        onSuccess: () => {
          setEmail("")
          toast.success("已加入")
        },
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  }

  if (error) return <Text className="p-6 text-ui-fg-error">{errorMessage(error)}</Text>
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">成员</Heading>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>成员</Table.HeaderCell>
            <Table.HeaderCell>角色</Table.HeaderCell>
            <Table.HeaderCell>状态</Table.HeaderCell>
            <Table.HeaderCell>操作</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {members.map((m) => (
            <Table.Row key={m.id}>
              <Table.Cell>
                {[m.customer?.last_name, m.customer?.first_name].filter(Boolean).join("")} {m.customer?.email}
              </Table.Cell>
              <Table.Cell>
                <LabelSelect
                  size="small"
                  label="角色"
                  value={m.role}
                  options={roleOptions}
                  onChange={(r) => act(m, { action: "set_role", role: r })}
                  disabled={m.status === "removed"}
                />
              </Table.Cell>
              <Table.Cell>
                <Badge
                  size="2xsmall"
                  color={m.status === "active" ? "green" : m.status === "pending" ? "orange" : "grey"}
                >
                  {MEMBERSHIP_STATUS_LABELS[m.status].zh}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                <div className="flex gap-x-2">
                  {m.status === "pending" && (
                    <Button size="small" variant="secondary" onClick={() => act(m, { action: "approve" })}>
                      批准
                    </Button>
                  )}
                  {m.status !== "removed" && (
                    <Button size="small" variant="secondary" onClick={() => act(m, { action: "remove" })}>
                      移出
                    </Button>
                  )}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {members.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">还没有成员。先指定一名单位管理员，由他邀请职工加入。</Text>
      )}
      <form onSubmit={add} className="flex items-end gap-x-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="member-email" size="small">
            已注册顾客的邮箱
          </Label>
          <Input id="member-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </div>
        <LabelSelect label="加入后的角色" value={role} options={roleOptions} onChange={setRole} />
        <Button type="submit" size="small">
          加入单位
        </Button>
      </form>
    </Container>
  )
}

const UnitDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const detail = useUnit(id!)
  const unit = detail.data?.unit
  const units = useUnits({ limit: 200, order: "name" }).data?.units ?? []
  const update = useUpdateUnit(id!)

  if (detail.error) return <Text className="p-6 text-ui-fg-error">{errorMessage(detail.error)}</Text>
  if (!unit) return <Text className="p-6 text-ui-fg-subtle">加载中…</Text>
  return (
    <div className="flex flex-col gap-y-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{unit.name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {UNIT_TYPE_LABELS[unit.type].zh} · {unit.uscc} · 主管单位：
            {unit.parents.length
              ? [...unit.parents]
                  .reverse()
                  .map((p) => p.name)
                  .join(" › ")
              : "无"}{" "}
            · 成员 {unit.members.active} 人{unit.members.pending ? `，待审批 ${unit.members.pending} 人` : ""}
          </Text>
        </div>
        <UnitForm
          key={unit.id + unit.name}
          initial={unit}
          units={units}
          submitLabel="保存修改"
          onSubmit={async (values) => {
            await update.mutateAsync(values)
            toast.success("已保存")
          }}
        />
      </Container>
      <BasesSection unitId={unit.id} bases={unit.bases} />
      <MembersSection unitId={unit.id} />
    </div>
  )
}

export default UnitDetailPage
