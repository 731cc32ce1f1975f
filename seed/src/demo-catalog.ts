/**
 * The demo catalog: real products of counties paired with Shanghai, Suzhou, Ningbo and Songjiang
 * (see seed/data/pairings.csv). Prices are CNY in yuan as Medusa stores them (exact
 * decimals, 39.9 = 39.90 元).
 */
export interface DemoProduct {
  handle: string
  title: string
  subtitle: string
  description: string
  category: (typeof DEMO_CATEGORIES)[number]["handle"]
  /** Origin county (产地县), GB/T 2260. */
  county_code: string
  variants: { option: string; sku: string; price: number }[]
}

export const DEMO_CATEGORIES = [
  { handle: "grain-oil", name: "粮油米面" },
  { handle: "tea", name: "茶叶饮品" },
  { handle: "dried-goods", name: "干货特产" },
  { handle: "fresh", name: "生鲜果蔬" },
] as const

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    handle: "butuo-tartary-buckwheat-tea",
    title: "布拖苦荞茶",
    subtitle: "四川省凉山州布拖县",
    description: "高寒山区种植的黑苦荞，整粒烘焙，汤色金黄，麦香浓郁。",
    category: "tea",
    county_code: "513429",
    variants: [
      { option: "250g", sku: "BT-QIAO-250", price: 39.9 },
      { option: "500g", sku: "BT-QIAO-500", price: 69.9 },
    ],
  },
  {
    handle: "menghai-puer-tea",
    title: "勐海普洱熟茶饼",
    subtitle: "云南省西双版纳州勐海县",
    description: "勐海茶区大叶种晒青毛茶渥堆发酵压制，357克传统七子饼。",
    category: "tea",
    county_code: "532822",
    variants: [{ option: "357g", sku: "MH-PUER-357", price: 128 }],
  },
  {
    handle: "zhaotong-apple",
    title: "昭通丑苹果",
    subtitle: "云南省昭通市昭阳区",
    description: "高原昼夜温差大，果肉脆甜多汁，产地直发。",
    category: "fresh",
    county_code: "530602",
    variants: [
      { option: "5斤装", sku: "ZT-APPLE-5", price: 49.9 },
      { option: "10斤装", sku: "ZT-APPLE-10", price: 89.9 },
    ],
  },
  {
    handle: "shiqian-moss-tea",
    title: "石阡苔茶",
    subtitle: "贵州省铜仁市石阡县",
    description: "国家地理标志产品，明前采摘，栗香持久。",
    category: "tea",
    county_code: "520623",
    variants: [{ option: "200g", sku: "SQ-TAI-200", price: 88 }],
  },
  {
    handle: "suiyang-chili",
    title: "绥阳朝天椒",
    subtitle: "贵州省遵义市绥阳县",
    description: "自然晾晒的干辣椒，香辣适中，适合食堂与家庭烹饪。",
    category: "dried-goods",
    county_code: "520323",
    variants: [
      { option: "500g", sku: "SY-CHILI-500", price: 29.9 },
      { option: "2.5kg 食堂装", sku: "SY-CHILI-2500", price: 129 },
    ],
  },
  {
    handle: "yanyuan-rice",
    title: "盐源高原大米",
    subtitle: "四川省凉山州盐源县",
    description: "高原稻田一季稻，米粒饱满，适合单位食堂批量采购。",
    category: "grain-oil",
    county_code: "513423",
    variants: [
      { option: "5kg", sku: "YY-RICE-5", price: 59.9 },
      { option: "25kg 食堂装", sku: "YY-RICE-25", price: 269 },
    ],
  },
]
