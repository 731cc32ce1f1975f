import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { MemberRole, UnitType } from "@zhunong/common/purchase-rules"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { createUnitsWorkflow } from "@zhunong/attribution/workflows"
import { addUnitMemberWorkflow, createInviteWorkflow, joinUnitByInviteWorkflow } from "@zhunong/attribution/workflows"
import { setUnitBasisWorkflow } from "@zhunong/attribution/workflows"
import { shanghaiYear } from "@zhunong/common/dates"
import { usccCheckCharacter } from "@zhunong/common/uscc"
import { DEMO_INVITE_CODE, DEMO_PASSWORD, DEMO_SUPERVISOR } from "./demo-marks"

type Container = ExecArgs["container"]

/** The registration-authority and kind prefix of a USCC by unit type (机关 11, 事业单位 12, 社会团体 51, 工会 81, 企业 91). */
const USCC_KIND: Record<UnitType, string> = {
  party_government: "11",
  public_institution: "12",
  school: "12",
  hospital: "12",
  state_enterprise: "91",
  union: "81",
  private_enterprise: "91",
  social_organization: "51",
}

interface DemoUnit {
  key: string
  name: string
  type: UnitType
  jurisdiction: string
  parent?: string
  address?: string
  domains?: string[]
  /** 食堂食材采购总额 and 节日慰问品总额 for this year in 元, and 工会会员人数. */
  canteen?: number
  gifts?: number
  unionMembers?: number
}

const SONGJIANG = "310117"
const CIXI = "330282"
const SUZHOU = "320500"

const UNITS: DemoUnit[] = [
  {
    key: "sj-gov",
    name: "上海市松江区人民政府",
    type: "party_government",
    jurisdiction: SONGJIANG,
    address: "上海市松江区园中路1号",
  },
  {
    key: "sj-jgsw",
    name: "上海市松江区机关事务管理局",
    type: "party_government",
    jurisdiction: SONGJIANG,
    parent: "sj-gov",
    domains: ["sjjgsw.example"],
    canteen: 3_200_000,
    gifts: 260_000,
    unionMembers: 180,
  },
  {
    key: "sj-edu",
    name: "上海市松江区教育局",
    type: "party_government",
    jurisdiction: SONGJIANG,
    parent: "sj-gov",
    canteen: 900_000,
    unionMembers: 95,
  },
  {
    key: "sj-school",
    name: "上海市松江一中",
    type: "school",
    jurisdiction: SONGJIANG,
    parent: "sj-edu",
    domains: ["sjyz.example"],
    canteen: 2_400_000,
    gifts: 150_000,
    unionMembers: 210,
  },
  {
    key: "sj-health",
    name: "上海市松江区卫生健康委员会",
    type: "party_government",
    jurisdiction: SONGJIANG,
    parent: "sj-gov",
  },
  {
    key: "sj-hospital",
    name: "上海市松江区中心医院",
    type: "hospital",
    jurisdiction: SONGJIANG,
    parent: "sj-health",
    canteen: 6_800_000,
    gifts: 520_000,
    unionMembers: 1_450,
  },
  {
    key: "sj-library",
    name: "上海市松江区图书馆",
    type: "public_institution",
    jurisdiction: SONGJIANG,
    parent: "sj-gov",
    canteen: 180_000,
    unionMembers: 60,
  },
  {
    key: "sj-union",
    name: "上海市松江区总工会",
    type: "union",
    jurisdiction: SONGJIANG,
    gifts: 400_000,
    unionMembers: 85,
  },
  {
    key: "sj-soe",
    name: "上海松江城市建设投资集团有限公司",
    type: "state_enterprise",
    jurisdiction: SONGJIANG,
    canteen: 1_500_000,
    gifts: 600_000,
    unionMembers: 640,
  },
  {
    key: "sj-soe-union",
    name: "上海松江城市建设投资集团有限公司工会委员会",
    type: "union",
    jurisdiction: SONGJIANG,
    parent: "sj-soe",
    gifts: 600_000,
    unionMembers: 640,
  },
  {
    key: "sj-private",
    name: "上海九亭智造科技有限公司",
    type: "private_enterprise",
    jurisdiction: SONGJIANG,
    address: "上海市松江区九亭镇",
  },
  { key: "sj-charity", name: "上海市松江区慈善基金会", type: "social_organization", jurisdiction: SONGJIANG },

  { key: "cx-gov", name: "慈溪市人民政府", type: "party_government", jurisdiction: CIXI, address: "慈溪市浒山街道" },
  {
    key: "cx-commerce",
    name: "慈溪市商务局",
    type: "party_government",
    jurisdiction: CIXI,
    parent: "cx-gov",
    canteen: 420_000,
    gifts: 90_000,
    unionMembers: 70,
  },
  {
    key: "cx-edu",
    name: "慈溪市教育局",
    type: "party_government",
    jurisdiction: CIXI,
    parent: "cx-gov",
    canteen: 600_000,
    unionMembers: 110,
  },
  {
    key: "cx-school",
    name: "浙江省慈溪中学",
    type: "school",
    jurisdiction: CIXI,
    parent: "cx-edu",
    canteen: 2_100_000,
    gifts: 180_000,
    unionMembers: 260,
  },
  { key: "cx-health", name: "慈溪市卫生健康局", type: "party_government", jurisdiction: CIXI, parent: "cx-gov" },
  {
    key: "cx-hospital",
    name: "慈溪市人民医院",
    type: "hospital",
    jurisdiction: CIXI,
    parent: "cx-health",
    domains: ["cxrmyy.example"],
    canteen: 5_600_000,
    gifts: 480_000,
    unionMembers: 1_200,
  },
  // Cixi's rule: a city-level department sits in a town (浒山街道) but is assessed at city level.
  {
    key: "cx-agri",
    name: "慈溪市农业技术推广中心",
    type: "public_institution",
    jurisdiction: CIXI,
    parent: "cx-gov",
    address: "慈溪市浒山街道（市级部门，不计入所在镇街）",
    canteen: 160_000,
    unionMembers: 45,
  },
  { key: "cx-union", name: "慈溪市总工会", type: "union", jurisdiction: CIXI, gifts: 350_000, unionMembers: 60 },
  {
    key: "cx-soe",
    name: "慈溪市国有资产投资控股有限公司",
    type: "state_enterprise",
    jurisdiction: CIXI,
    canteen: 800_000,
    gifts: 300_000,
    unionMembers: 320,
  },
  {
    key: "cx-private",
    name: "慈溪市新浦电器有限公司",
    type: "private_enterprise",
    jurisdiction: CIXI,
    address: "慈溪市新浦镇",
  },

  { key: "sz-gov", name: "苏州市人民政府", type: "party_government", jurisdiction: SUZHOU },
  {
    key: "sz-jgsw",
    name: "苏州市机关事务管理局",
    type: "party_government",
    jurisdiction: SUZHOU,
    parent: "sz-gov",
    canteen: 4_100_000,
    gifts: 300_000,
    unionMembers: 230,
  },
  { key: "sz-edu", name: "苏州市教育局", type: "party_government", jurisdiction: SUZHOU, parent: "sz-gov" },
  {
    key: "sz-school",
    name: "江苏省苏州第一中学校",
    type: "school",
    jurisdiction: SUZHOU,
    parent: "sz-edu",
    canteen: 2_600_000,
    gifts: 200_000,
    unionMembers: 240,
  },
  {
    key: "sz-hospital",
    name: "苏州市立医院",
    type: "hospital",
    jurisdiction: SUZHOU,
    canteen: 7_200_000,
    gifts: 650_000,
    unionMembers: 1_800,
  },
  {
    key: "sz-museum",
    name: "苏州博物馆",
    type: "public_institution",
    jurisdiction: SUZHOU,
    parent: "sz-gov",
    canteen: 260_000,
    unionMembers: 120,
  },
  { key: "sz-union", name: "苏州市总工会", type: "union", jurisdiction: SUZHOU, gifts: 500_000, unionMembers: 90 },
  {
    key: "sz-soe",
    name: "苏州工业园区国有资本投资运营控股有限公司",
    type: "state_enterprise",
    jurisdiction: SUZHOU,
    domains: ["sipgz.example"],
    canteen: 1_900_000,
    gifts: 800_000,
    unionMembers: 900,
  },
  { key: "sz-private", name: "苏州吴中精工机械有限公司", type: "private_enterprise", jurisdiction: SUZHOU },
  { key: "sz-charity", name: "苏州市慈善总会", type: "social_organization", jurisdiction: SUZHOU },
]

interface DemoPerson {
  email: string
  last_name: string
  first_name: string
  memberships: { unit: string; role: MemberRole }[]
}

/** People in every role. 刘洋 belongs to two units (he also teaches at 松江一中), so he picks one at checkout. */
const PEOPLE: DemoPerson[] = [
  {
    email: DEMO_SUPERVISOR.email,
    last_name: "徐",
    first_name: "华",
    memberships: [{ unit: "sj-gov", role: "unit_admin" }],
  },
  {
    email: "liming@sjjgsw.example",
    last_name: "李",
    first_name: "明",
    memberships: [{ unit: "sj-jgsw", role: "unit_admin" }],
  },
  {
    email: "wangfang@sjjgsw.example",
    last_name: "王",
    first_name: "芳",
    memberships: [{ unit: "sj-jgsw", role: "procurement_officer" }],
  },
  {
    email: "zhangwei@sjjgsw.example",
    last_name: "张",
    first_name: "伟",
    memberships: [{ unit: "sj-jgsw", role: "union_officer" }],
  },
  {
    email: "liuyang@sjjgsw.example",
    last_name: "刘",
    first_name: "洋",
    memberships: [
      { unit: "sj-jgsw", role: "member" },
      { unit: "sj-school", role: "member" },
    ],
  },
  {
    email: "chenjing@sjjgsw.example",
    last_name: "陈",
    first_name: "静",
    memberships: [{ unit: "sj-jgsw", role: "member" }],
  },
  {
    email: "zhaolei@sjyz.example",
    last_name: "赵",
    first_name: "磊",
    memberships: [{ unit: "sj-school", role: "unit_admin" }],
  },
  {
    email: "sunli@sjyz.example",
    last_name: "孙",
    first_name: "丽",
    memberships: [{ unit: "sj-school", role: "procurement_officer" }],
  },
  {
    email: "zhoujie@cxrmyy.example",
    last_name: "周",
    first_name: "杰",
    memberships: [{ unit: "cx-hospital", role: "unit_admin" }],
  },
  {
    email: "wuqiang@cxrmyy.example",
    last_name: "吴",
    first_name: "强",
    memberships: [{ unit: "cx-hospital", role: "procurement_officer" }],
  },
  {
    email: "zhengxia@cxrmyy.example",
    last_name: "郑",
    first_name: "霞",
    memberships: [{ unit: "cx-hospital", role: "union_officer" }],
  },
  {
    email: "fengtao@cxrmyy.example",
    last_name: "冯",
    first_name: "涛",
    memberships: [{ unit: "cx-hospital", role: "member" }],
  },
  {
    email: "xuhui@cxzgh.example",
    last_name: "徐",
    first_name: "慧",
    memberships: [{ unit: "cx-union", role: "union_officer" }],
  },
  {
    email: "hejun@sipgz.example",
    last_name: "何",
    first_name: "军",
    memberships: [{ unit: "sz-soe", role: "unit_admin" }],
  },
  {
    email: "guoyan@sipgz.example",
    last_name: "郭",
    first_name: "燕",
    memberships: [{ unit: "sz-soe", role: "procurement_officer" }],
  },
  {
    email: "maqing@sipgz.example",
    last_name: "马",
    first_name: "青",
    memberships: [{ unit: "sz-soe", role: "union_officer" }],
  },
  {
    email: "linna@sipgz.example",
    last_name: "林",
    first_name: "娜",
    memberships: [{ unit: "sz-soe", role: "member" }],
  },
  {
    email: "huangbo@szjgsw.example",
    last_name: "黄",
    first_name: "波",
    memberships: [{ unit: "sz-jgsw", role: "unit_admin" }],
  },
]

/** Registered but waiting for 李明's approval, so the unit admin's queue is not empty. */
const PENDING = { email: "yangfan@sjjgsw.example", last_name: "杨", first_name: "帆" }

const SEED_DECIDER = "user:seed" as const

/** A synthetic but well-formed 统一社会信用代码 for the demo unit numbered `serial`. */
function demoUscc(type: UnitType, jurisdiction: string, serial: number): string {
  const first17 = `${USCC_KIND[type]}${jurisdiction}MB${String(serial).padStart(7, "0")}`
  return first17 + usccCheckCharacter(first17)
}

/**
 * Buying units in 松江区, 慈溪市 and 苏州市 of every type with their 主管单位 and this year's
 * declared bases, shoppers in every role (password DEMO_PASSWORD), a live invite and a pending
 * member. Everything goes through the attribution workflows, as an operator's import would.
 */
export async function seedUnits(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info("Seeding buying units, members and invites…")
  const usccOf = new Map(UNITS.map((u, i) => [u.key, demoUscc(u.type, u.jurisdiction, i + 1)]))
  const { result: created } = await createUnitsWorkflow(container).run({
    input: {
      from: "import",
      units: UNITS.map((u, i) => ({
        line: i + 2,
        name: u.name,
        uscc: usccOf.get(u.key)!,
        type: u.type,
        jurisdiction_code: u.jurisdiction,
        parent_uscc: u.parent ? usccOf.get(u.parent)! : null,
        address: u.address ?? null,
        email_domains: u.domains ?? [],
      })),
    },
  })
  const unitId = new Map(UNITS.map((u) => [u.key, created.find((c) => c.uscc === usccOf.get(u.key))!.id]))

  const year = shanghaiYear()
  for (const u of UNITS.filter((u) => u.canteen || u.gifts || u.unionMembers)) {
    await setUnitBasisWorkflow(container).run({
      input: {
        unit_id: unitId.get(u.key)!,
        year,
        canteen_total_fen: u.canteen ? u.canteen * 100 : null,
        holiday_gift_total_fen: u.gifts ? u.gifts * 100 : null,
        union_members: u.unionMembers ?? null,
      },
    })
  }

  for (const person of PEOPLE) {
    const customerId = await registerShopper(container, person)
    for (const m of person.memberships) {
      await addUnitMemberWorkflow(container).run({
        input: { unit_id: unitId.get(m.unit)!, customer_id: customerId, role: m.role, decided_by: SEED_DECIDER },
      })
    }
  }

  const { result: invite } = await createInviteWorkflow(container).run({
    input: {
      unit_id: unitId.get("sj-jgsw")!,
      role: "member",
      auto_approve: false,
      expires_in_days: 90,
      created_by: SEED_DECIDER,
    },
  })
  // A memorable code for the README and the start banner instead of the random one.
  await container
    .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    .updateUnitInvites({ id: invite.id, code: DEMO_INVITE_CODE })
  const pendingId = await registerShopper(container, PENDING)
  await joinUnitByInviteWorkflow(container).run({ input: { customer_id: pendingId, code: DEMO_INVITE_CODE } })

  logger.info(`Seeded ${UNITS.length} buying units and ${PEOPLE.length + 1} shoppers (password ${DEMO_PASSWORD}).`)
}

/** A customer with an email/password login, made the way the storefront's sign-up does. */
async function registerShopper(container: Container, person: { email: string; first_name: string; last_name: string }) {
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email: person.email, password: DEMO_PASSWORD } })
  if (error || !authIdentity) throw new Error(`Could not register the demo shopper ${person.email}: ${error}`)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      customerData: { email: person.email, first_name: person.first_name, last_name: person.last_name },
    },
  })
  return result.id
}
