/**
 * What `npm start` reads from the database to know the demo seed has run, and prints for people to
 * log in with, kept free of Medusa imports so the launcher can load it in milliseconds.
 */
/** The last seed stage (seed/src/demo.ts); `npm start` seeds the missing stages when the store's mark differs. */
export const SEED_VERSION = "8"
/** The publishable key the seed creates and the storefront is started with. */
export const PUBLISHABLE_KEY_TITLE = "助农集市 Storefront"

/** Every demo shopper's password. */
export const DEMO_PASSWORD = "zhunong-demo-2026"
/** A live invite code of 上海市松江区机关事务管理局 that a newly registered shopper can join with. */
export const DEMO_INVITE_CODE = "SJJG2026"
/** One shopper per role in 上海市松江区机关事务管理局, the logins `npm start` prints. */
export const DEMO_SHOPPERS = [
  { role: "单位管理员", email: "liming@sjjgsw.example" },
  { role: "采购员", email: "wangfang@sjjgsw.example" },
  { role: "工会", email: "zhangwei@sjjgsw.example" },
  { role: "职工", email: "liuyang@sjjgsw.example" },
] as const
/** The admin of 上海市松江区人民政府, the 主管单位 of 机关事务管理局: reviews its 预留份额 declaration. */
export const DEMO_SUPERVISOR = {
  role: "主管单位管理员",
  unit: "上海市松江区人民政府",
  email: "xuhua@songjiang.example",
} as const
/** Supplier logins `npm start` prints: an approved supplier and one waiting for approval. */
export const DEMO_SUPPLIER_LOGINS = [
  { status: "已入驻", email: "leanqiao@butuo.example", name: "布拖县乐安苦荞专业合作社" },
  { status: "待审核", email: "tianma@zhenxiong.example", name: "镇雄县天麻种植专业合作社" },
] as const
/** Office logins `npm start` prints, each bound to its jurisdiction (API under /office). */
export const DEMO_OFFICES = [
  {
    email: "hezuo@songjiang.example",
    office_name: "松江区合作交流办",
    office_type: "cooperation_exchange",
    jurisdiction_code: "310117",
  },
  {
    email: "duikou@cixi.example",
    office_name: "慈溪市对口支援办",
    office_type: "counterpart_support",
    jurisdiction_code: "330282",
  },
] as const
/**
 * The canteen order on invoice the seed places for 王芳 (采购员): 4 sacks of 盐源大米 and 2 tins of
 * 绥阳辣椒 for the bureau's canteen on the budget, 1,344 元 with shipping, awaiting its remittance.
 */
export const DEMO_CANTEEN_ORDER = {
  unit: "上海市松江区机关事务管理局",
  items: [
    { sku: "YY-RICE-25", quantity: 4 },
    { sku: "SY-CHILI-2500", quantity: 2 },
  ],
  address: {
    last_name: "王",
    first_name: "芳",
    phone: "13800000002",
    province: "上海市",
    city: "上海市",
    address_1: "松江区园中路1号 机关食堂",
    postal_code: "201620",
  },
} as const
