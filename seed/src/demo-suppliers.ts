import type { EntityType } from "@zhunong/common/supplier-rules"
import type { ArtKind } from "./product-art"

export interface DemoSupplier {
  name: string
  entity_type: EntityType
  county_code: string
  contact: string
  /** The owner's login (password DEMO_PASSWORD). */
  email: string
  status: "pending" | "approved" | "suspended"
  reason?: string
  /** A demo catalog product (by handle) it sells, or a new listing it makes. */
  sells?: string
  lists?: {
    kind: ArtKind
    title: string
    description: string
    variants: { title: string; price_fen: number; stock: number }[]
  }
  /** A 信用代码 of its own, for suppliers the demo certificates do not name. */
  serial?: number
}

/**
 * Fifteen suppliers from counties paired with the demo's buying jurisdictions: the applicants of the
 * demo certificates (with the same 信用代码) and a few more; most approved, two waiting in the
 * approval queue, one suspended.
 */
export const DEMO_SUPPLIERS: DemoSupplier[] = [
  {
    name: "布拖县乐安苦荞专业合作社",
    entity_type: "cooperative",
    county_code: "513429",
    contact: "吉克阿呷",
    email: "leanqiao@butuo.example",
    status: "approved",
    sells: "butuo-tartary-buckwheat-tea",
  },
  {
    name: "勐海县勐宋茶叶专业合作社",
    entity_type: "cooperative",
    county_code: "532822",
    contact: "岩香",
    email: "mengsong@menghai.example",
    status: "approved",
    sells: "menghai-puer-tea",
  },
  {
    name: "昭阳区洒渔苹果专业合作社",
    entity_type: "cooperative",
    county_code: "530602",
    contact: "陈洪",
    email: "sayu@zhaoyang.example",
    status: "approved",
    sells: "zhaotong-apple",
  },
  {
    name: "石阡县龙塘苔茶专业合作社",
    entity_type: "cooperative",
    county_code: "520623",
    contact: "杨琴",
    email: "longtang@shiqian.example",
    status: "approved",
    sells: "shiqian-moss-tea",
  },
  {
    name: "绥阳县辣椒产业专业合作社",
    entity_type: "cooperative",
    county_code: "520323",
    contact: "王贵",
    email: "lajiao@suiyang.example",
    status: "approved",
    sells: "suiyang-chili",
  },
  {
    name: "盐源县高原稻米专业合作社",
    entity_type: "cooperative",
    county_code: "513423",
    contact: "沙马",
    email: "daomi@yanyuan.example",
    status: "approved",
    sells: "yanyuan-rice",
  },
  {
    name: "西昌市安宁河蔬菜专业合作社",
    entity_type: "cooperative",
    county_code: "513401",
    contact: "李强",
    email: "anning@xichang.example",
    status: "approved",
    lists: {
      kind: "fresh",
      title: "安宁河高山蔬菜礼盒",
      description: "安宁河谷露地种植的时令蔬菜，产地直发。",
      variants: [{ title: "5kg 礼盒", price_fen: 8_800, stock: 300 }],
    },
  },
  {
    name: "昭觉县谷曲马铃薯专业合作社",
    entity_type: "cooperative",
    county_code: "513431",
    contact: "阿牛",
    email: "guqu@zhaojue.example",
    status: "approved",
    lists: {
      kind: "fresh",
      title: "昭觉高山马铃薯",
      description: "海拔2000米以上的高山马铃薯，粉糯香甜。",
      variants: [
        { title: "10kg", price_fen: 4_990, stock: 500 },
        { title: "5kg", price_fen: 2_990, stock: 500 },
      ],
    },
  },
  {
    name: "美姑县农作乡养殖专业合作社",
    entity_type: "cooperative",
    county_code: "513436",
    contact: "曲比",
    email: "nongzuo@meigu.example",
    status: "approved",
    lists: {
      kind: "fresh",
      title: "美姑山羊肉",
      description: "放养美姑山羊，冷链直发。",
      variants: [{ title: "2kg 分割装", price_fen: 29_800, stock: 80 }],
    },
  },
  {
    name: "松桃县苗绣蜂蜜专业合作社",
    entity_type: "cooperative",
    county_code: "520628",
    contact: "龙英",
    email: "miaoxiu@songtao.example",
    status: "approved",
    lists: {
      kind: "dried-goods",
      title: "松桃土蜂蜜",
      description: "梵净山东麓的百花土蜂蜜，一年一取。",
      variants: [{ title: "500g", price_fen: 6_800, stock: 200 }],
    },
  },
  {
    name: "喜德县索玛花种养专业合作社",
    entity_type: "cooperative",
    county_code: "513432",
    contact: "吉伍",
    email: "suoma@xide.example",
    status: "suspended",
    reason: "抽检不合格，停业整改",
    lists: {
      kind: "grain-oil",
      title: "喜德荞麦挂面",
      description: "苦荞粉配比30%的挂面。",
      variants: [{ title: "1kg", price_fen: 2_580, stock: 300 }],
    },
  },
  {
    name: "普格县螺髻山核桃家庭农场",
    entity_type: "family_farm",
    county_code: "513428",
    contact: "马海",
    email: "luoji@puge.example",
    status: "approved",
    serial: 1,
    lists: {
      kind: "dried-goods",
      title: "螺髻山薄壳核桃",
      description: "家庭农场自种自收，薄壳易剥。",
      variants: [{ title: "1kg", price_fen: 5_600, stock: 150 }],
    },
  },
  {
    name: "勐腊县易武古树茶有限公司",
    entity_type: "enterprise",
    county_code: "532823",
    contact: "刘芳",
    email: "yiwu@mengla.example",
    status: "approved",
    serial: 2,
    lists: {
      kind: "tea",
      title: "易武古树生茶",
      description: "易武茶区古树春茶，357克茶饼。",
      variants: [{ title: "357g", price_fen: 39_800, stock: 60 }],
    },
  },
  {
    name: "镇雄县天麻种植专业合作社",
    entity_type: "cooperative",
    county_code: "530627",
    contact: "赵兵",
    email: "tianma@zhenxiong.example",
    status: "pending",
  },
  {
    name: "定日县岗嘎青稞专业合作社",
    entity_type: "cooperative",
    county_code: "540223",
    contact: "次仁",
    email: "gangga@dingri.example",
    status: "pending",
  },
]
