import type { Channel, Funding } from "@zhunong/common/purchase-rules"

/** Who buys in the demo year (seeded by demo-attribution), and where their orders go. */
export interface YearBuyer {
  email: string
  unit: string
  role: "member" | "procurement_officer" | "union_officer"
  /** A state enterprise's canteen is paid from its own funds, a budget unit's from the budget. */
  canteen_funding?: Funding
  address: {
    last_name: string
    first_name: string
    phone: string
    province: string
    city: string
    address_1: string
    postal_code: string
  }
}

const SJ_JGSW = {
  unit: "上海市松江区机关事务管理局",
  place: { province: "上海市", city: "上海市", address_1: "松江区园中路1号", postal_code: "201620" },
}
const SJ_SCHOOL = {
  unit: "上海市松江一中",
  place: { province: "上海市", city: "上海市", address_1: "松江区中山中路250号", postal_code: "201600" },
}
const CX_HOSPITAL = {
  unit: "慈溪市人民医院",
  place: { province: "浙江省", city: "宁波市", address_1: "慈溪市浒山街道南二环东路999号", postal_code: "315300" },
}
const CX_UNION = {
  unit: "慈溪市总工会",
  place: { province: "浙江省", city: "宁波市", address_1: "慈溪市浒山街道新城大道北路", postal_code: "315300" },
}
const SZ_SOE = {
  unit: "苏州工业园区国有资本投资运营控股有限公司",
  place: { province: "江苏省", city: "苏州市", address_1: "苏州工业园区苏州大道东265号", postal_code: "215021" },
}

const buyer = (
  email: string,
  name: string,
  phone: string,
  at: { unit: string; place: Omit<YearBuyer["address"], "last_name" | "first_name" | "phone"> },
  role: YearBuyer["role"],
  canteen_funding?: Funding
): YearBuyer => ({
  email,
  unit: at.unit,
  role,
  canteen_funding,
  address: { last_name: name[0], first_name: name.slice(1), phone, ...at.place },
})

export const YEAR_BUYERS: YearBuyer[] = [
  buyer("liuyang@sjjgsw.example", "刘洋", "13800000004", SJ_JGSW, "member"),
  buyer("chenjing@sjjgsw.example", "陈静", "13800000005", SJ_JGSW, "member"),
  buyer("liming@sjjgsw.example", "李明", "13800000001", SJ_JGSW, "member"),
  buyer("fengtao@cxrmyy.example", "冯涛", "13900000004", CX_HOSPITAL, "member"),
  buyer("linna@sipgz.example", "林娜", "13700000004", SZ_SOE, "member"),
  buyer("wangfang@sjjgsw.example", "王芳", "13800000002", SJ_JGSW, "procurement_officer"),
  buyer("sunli@sjyz.example", "孙丽", "13800000012", SJ_SCHOOL, "procurement_officer"),
  buyer("wuqiang@cxrmyy.example", "吴强", "13900000002", CX_HOSPITAL, "procurement_officer"),
  buyer("guoyan@sipgz.example", "郭燕", "13700000002", SZ_SOE, "procurement_officer", "own_funds"),
  buyer("zhangwei@sjjgsw.example", "张伟", "13800000003", SJ_JGSW, "union_officer"),
  buyer("zhengxia@cxrmyy.example", "郑霞", "13900000003", CX_HOSPITAL, "union_officer"),
  buyer("xuhui@cxzgh.example", "徐慧", "13900000011", CX_UNION, "union_officer"),
  buyer("maqing@sipgz.example", "马青", "13700000003", SZ_SOE, "union_officer"),
]

export interface YearOfflinePurchase {
  jurisdiction_code: "310117" | "330282"
  unit: string
  registered_by: string
  supplier_name: string
  county_code: string
  description: string
  amount_fen: number
  days_ago: number
  purchase_type: "direct" | "helped"
  channel: Channel
  funding: Funding
  decision: "verify" | "reject" | "pending"
}

const offline = (
  jurisdiction_code: YearOfflinePurchase["jurisdiction_code"],
  unit: string,
  registered_by: string,
  supplier_name: string,
  county_code: string,
  description: string,
  yuan: number,
  days_ago: number,
  purchase_type: YearOfflinePurchase["purchase_type"],
  channel: Channel,
  funding: Funding,
  decision: YearOfflinePurchase["decision"] = "verify"
): YearOfflinePurchase => ({
  jurisdiction_code,
  unit,
  registered_by,
  supplier_name,
  county_code,
  description,
  amount_fen: yuan * 100,
  days_ago,
  purchase_type,
  channel,
  funding,
  decision,
})

/**
 * The off-platform part of the year, which carries most of a real year's amount: 展销会 and
 * 定向采购 organised by the bureau and the hospital, helped sales to district enterprises, canteen
 * contracts and union holiday gifts. Amounts in 元.
 */
export const YEAR_OFFLINE_PURCHASES: YearOfflinePurchase[] = [
  offline(
    "310117",
    SJ_JGSW.unit,
    "wangfang@sjjgsw.example",
    "勐海县勐宋茶叶专业合作社",
    "532822",
    "松江区消费帮扶春季展销会 区级机关集中采购普洱茶",
    12_600_000,
    230,
    "helped",
    "office",
    "budget"
  ),
  offline(
    "310117",
    SJ_JGSW.unit,
    "wangfang@sjjgsw.example",
    "昭阳区洒渔苹果专业合作社",
    "530602",
    "昭通苹果产销对接会 组织区属企业定向采购",
    18_400_000,
    190,
    "helped",
    "office",
    "own_funds"
  ),
  offline(
    "310117",
    SJ_JGSW.unit,
    "wangfang@sjjgsw.example",
    "镇雄县乌峰农业开发有限公司",
    "530627",
    "镇雄黄牛肉、洋芋 区机关食堂年度定向采购合同",
    420_000,
    160,
    "direct",
    "canteen",
    "budget"
  ),
  offline(
    "310117",
    SJ_JGSW.unit,
    "wangfang@sjjgsw.example",
    "景洪市澜沧江咖啡专业合作社",
    "532801",
    "国家扶贫日（10·17）专场 组织辖区企业认购咖啡、香米",
    15_300_000,
    41,
    "helped",
    "office",
    "own_funds"
  ),
  offline(
    "310117",
    SJ_JGSW.unit,
    "wangfang@sjjgsw.example",
    "彝良县小草坝天麻专业合作社",
    "530628",
    "东西部协作消费帮扶周 天麻、笋干集中采购",
    9_800_000,
    95,
    "helped",
    "office",
    "own_funds"
  ),
  offline(
    "310117",
    SJ_SCHOOL.unit,
    "sunli@sjyz.example",
    "勐腊县雨林果业专业合作社",
    "532823",
    "松江一中食堂水果年度采购（第二批）",
    260_000,
    120,
    "direct",
    "canteen",
    "budget"
  ),
  offline(
    "310117",
    SJ_JGSW.unit,
    "wangfang@sjjgsw.example",
    "定日县珠峰农牧产品有限公司",
    "540223",
    "援藏产品专柜 区级机关工会组织认购",
    5_200_000,
    12,
    "helped",
    "office",
    "own_funds",
    "pending"
  ),
  offline(
    "310117",
    SJ_SCHOOL.unit,
    "sunli@sjyz.example",
    "威信县扎西农特产品专业合作社",
    "530629",
    "教师节慰问品（线下采购）",
    1_100_000,
    70,
    "direct",
    "office",
    "budget",
    "reject"
  ),
  offline(
    "330282",
    CX_HOSPITAL.unit,
    "wuqiang@cxrmyy.example",
    "布拖县乐安苦荞专业合作社",
    "513429",
    "慈溪—布拖东西部协作产销对接会 医院集中采购",
    9_600_000,
    210,
    "helped",
    "office",
    "budget"
  ),
  offline(
    "330282",
    CX_HOSPITAL.unit,
    "wuqiang@cxrmyy.example",
    "常山县胡柚产业发展有限公司",
    "330822",
    "山海协作农产品展销 组织职工认购胡柚、山茶油",
    12_500_000,
    130,
    "helped",
    "office",
    "own_funds"
  ),
  offline(
    "330282",
    CX_HOSPITAL.unit,
    "wuqiang@cxrmyy.example",
    "布拖县特木里农特产品有限公司",
    "513429",
    "医院食堂年度马铃薯、羊肉定向采购",
    380_000,
    100,
    "direct",
    "canteen",
    "budget"
  ),
  offline(
    "330282",
    CX_HOSPITAL.unit,
    "wuqiang@cxrmyy.example",
    "昭觉县三岔河牧业专业合作社",
    "513431",
    "凉山州农特产品宁波周 组织辖区企业采购牛肉",
    16_700_000,
    55,
    "helped",
    "office",
    "own_funds"
  ),
  offline(
    "330282",
    CX_UNION.unit,
    "xuhui@cxzgh.example",
    "布拖县特木里农特产品有限公司",
    "513429",
    "中秋节职工慰问品（布拖农特产品礼盒）",
    210_000,
    72,
    "direct",
    "holiday_gift",
    "union"
  ),
  offline(
    "330282",
    CX_UNION.unit,
    "xuhui@cxzgh.example",
    "常山县胡柚产业发展有限公司",
    "330822",
    "国庆职工福利胡柚礼盒",
    4_100_000,
    9,
    "helped",
    "welfare",
    "union",
    "pending"
  ),
]
