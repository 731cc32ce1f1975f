import type { EntityType } from "@zhunong/common/supplier-rules"

/**
 * The demo year's catalog: one more supplier in every county the demo's jurisdictions are paired
 * with (seed/data/pairings.csv), each listing the county's known specialties. A product is a kind
 * (how it is described, packed and priced) and the county's own name for it.
 */
export type Category = "grain-oil" | "tea" | "dried-goods" | "fresh" | "meat"

interface Kind {
  category: Category
  /** `{c}` stands for the county's name. */
  description: string
  /** Packs and prices in fen. */
  packs: [string, number][]
}

const KINDS = {
  苦荞茶: {
    category: "tea",
    description: "{c}高寒山区种植的黑苦荞，整粒烘焙，汤色金黄，麦香浓郁，办公室冲泡方便。",
    packs: [
      ["罐装250g", 3_990],
      ["袋装500g", 6_990],
    ],
  },
  绿茶: {
    category: "tea",
    description: "{c}高山云雾茶园明前采摘，条索紧细，栗香持久，一芽一叶手工炒制。",
    packs: [
      ["100g", 6_800],
      ["250g 礼盒", 15_800],
    ],
  },
  红茶: {
    category: "tea",
    description: "{c}大叶种鲜叶全发酵工夫红茶，汤色红亮，蜜香甜润，耐冲泡。",
    packs: [
      ["150g", 7_800],
      ["300g 礼盒", 16_800],
    ],
  },
  普洱生茶: {
    category: "tea",
    description: "{c}古茶园大叶种晒青毛茶压制，357克传统七子饼，回甘持久，越陈越香。",
    packs: [["357g 饼茶", 26_800]],
  },
  咖啡: {
    category: "tea",
    description: "{c}海拔千米以上种植的小粒咖啡，日晒处理，中度烘焙，坚果与焦糖风味。",
    packs: [
      ["咖啡豆500g", 9_800],
      ["挂耳10包", 4_900],
    ],
  },
  大米: {
    category: "grain-oil",
    description: "{c}一季稻，稻田山泉灌溉，米粒饱满，蒸煮有清香，适合单位食堂批量采购。",
    packs: [
      ["5kg", 5_990],
      ["25kg 食堂装", 26_900],
    ],
  },
  青稞: {
    category: "grain-oil",
    description: "{c}高原青稞炒制磨粉，藏族传统主食，加酥油茶拌匀即成糌粑。",
    packs: [
      ["1kg", 3_900],
      ["2.5kg 家庭装", 8_900],
    ],
  },
  荞麦面: {
    category: "grain-oil",
    description: "{c}荞麦粉与小麦粉按比例压制的挂面，久煮不糊，食堂早餐常备。",
    packs: [
      ["1kg", 2_580],
      ["5kg 食堂装", 11_800],
    ],
  },
  茶油: {
    category: "grain-oil",
    description: "{c}山茶籽低温压榨，烟点高，不饱和脂肪酸丰富，清香不腻。",
    packs: [
      ["500ml", 8_800],
      ["5L 食堂装", 59_800],
    ],
  },
  菜籽油: {
    category: "grain-oil",
    description: "{c}本地油菜籽物理压榨，浓香型，适合川味烹饪和食堂大锅菜。",
    packs: [
      ["5L", 12_800],
      ["20L 食堂装", 46_800],
    ],
  },
  红薯粉: {
    category: "grain-oil",
    description: "{c}本地红薯淀粉手工漏制，无明矾，久煮不烂，爽滑筋道。",
    packs: [
      ["1kg", 3_280],
      ["5kg 食堂装", 14_800],
    ],
  },
  魔芋粉: {
    category: "grain-oil",
    description: "{c}白魔芋精粉，可自制魔芋豆腐、魔芋丝，低热量高膳食纤维。",
    packs: [["500g", 3_580]],
  },
  花椒: {
    category: "dried-goods",
    description: "{c}高山花椒，颗粒饱满，色泽鲜亮，麻味醇正持久，人工采摘晾晒。",
    packs: [
      ["250g", 4_590],
      ["1kg 食堂装", 15_800],
    ],
  },
  辣椒: {
    category: "dried-goods",
    description: "{c}自然晾晒的干辣椒，香辣适中，色红油亮，适合食堂与家庭烹饪。",
    packs: [
      ["500g", 2_990],
      ["2.5kg 食堂装", 12_900],
    ],
  },
  天麻: {
    category: "dried-goods",
    description: "{c}林下仿野生种植乌天麻，个体饱满，质地坚实，切片炖汤皆宜。",
    packs: [
      ["250g", 16_800],
      ["500g 礼盒", 29_800],
    ],
  },
  核桃: {
    category: "dried-goods",
    description: "{c}山地核桃，薄壳易剥，仁白饱满，香而不涩，当季新货。",
    packs: [
      ["1kg", 5_600],
      ["2.5kg 家庭装", 12_800],
    ],
  },
  香菇: {
    category: "dried-goods",
    description: "{c}林下段木栽培，菇肉厚实，香味浓郁，泡发率高，适合煲汤炖菜。",
    packs: [
      ["250g", 3_980],
      ["1kg 食堂装", 13_800],
    ],
  },
  木耳: {
    category: "dried-goods",
    description: "{c}高山黑木耳，朵小肉厚，泡发后脆嫩爽口，凉拌热炒皆宜。",
    packs: [
      ["250g", 3_680],
      ["1kg 食堂装", 12_800],
    ],
  },
  牛肉干: {
    category: "dried-goods",
    description: "{c}放养牦牛肉风干制成，高蛋白，嚼劲十足，传统手撕风味。",
    packs: [
      ["200g", 6_800],
      ["500g 礼盒", 15_800],
    ],
  },
  腊肉: {
    category: "meat",
    description: "{c}农家土猪肉柴火烟熏，肥瘦相间，蒸炒皆香，真空包装。",
    packs: [["1kg 真空装", 11_800]],
  },
  板鸭: {
    category: "meat",
    description: "{c}传统工艺腌制风干的板鸭，皮薄肉嫩，咸香适口，蒸熟即食。",
    packs: [["一只 约1kg", 8_800]],
  },
  蜂蜜: {
    category: "dried-goods",
    description: "{c}山区中华蜂百花蜜，一年一取，自然成熟，浓稠易结晶。",
    packs: [
      ["500g", 6_800],
      ["1kg", 12_800],
    ],
  },
  竹笋: {
    category: "dried-goods",
    description: "{c}高山筇竹笋鲜采晒干，脆嫩清香，泡发后炖肉炒菜皆宜。",
    packs: [["250g", 5_800]],
  },
  无花果干: {
    category: "dried-goods",
    description: "{c}光照充足的无花果自然晾晒，甘甜软糯，无添加糖。",
    packs: [["500g", 4_580]],
  },
  礼盒: {
    category: "dried-goods",
    description: "{c}农特产品组合礼盒，精选本地三至五种特产，适合单位节日慰问和工会福利。",
    packs: [
      ["标准礼盒", 16_800],
      ["尊享礼盒", 29_800],
    ],
  },
  松茸: {
    category: "fresh",
    description: "{c}高山原始林下采摘的野生松茸，当日分级，全程冷链发货。",
    packs: [["500g 冷链", 38_800]],
  },
  苹果: {
    category: "fresh",
    description: "{c}高原苹果，昼夜温差大，果肉脆甜多汁，产地直采，坏果包赔。",
    packs: [
      ["5斤装", 4_990],
      ["10斤装", 8_990],
    ],
  },
  脐橙: {
    category: "fresh",
    description: "{c}金沙江干热河谷脐橙，皮薄多汁，酸甜适口，现摘现发。",
    packs: [
      ["5kg", 5_980],
      ["10kg", 9_980],
    ],
  },
  猕猴桃: {
    category: "fresh",
    description: "{c}秦岭北麓猕猴桃，果形端正，软熟后香甜浓郁，维C含量高。",
    packs: [
      ["12枚装", 5_980],
      ["24枚装", 9_980],
    ],
  },
  柚子: {
    category: "fresh",
    description: "{c}本地柚子，果皮清香，果肉清甜微苦，耐储存，冬季佳品。",
    packs: [["5kg", 4_580]],
  },
  李子: {
    category: "fresh",
    description: "{c}空心李，果核与果肉分离，脆甜爽口，七月上市，冷链直发。",
    packs: [["3kg", 6_980]],
  },
  葡萄: {
    category: "fresh",
    description: "{c}木纳格葡萄，晚熟品种，果粒大、皮薄脆甜，冷链直发。",
    packs: [["3kg", 7_980]],
  },
  黄桃: {
    category: "fresh",
    description: "{c}高山黄桃，果肉金黄细腻，香甜多汁，产地分拣后冷链发货。",
    packs: [["5斤装", 5_980]],
  },
  热带水果: {
    category: "fresh",
    description: "{c}热带水果，树上自然成熟后采摘，香甜浓郁，产地直发。",
    packs: [["5kg", 5_980]],
  },
  马铃薯: {
    category: "fresh",
    description: "{c}高海拔马铃薯，沙瓤粉糯，适合蒸煮炖菜，食堂常备。",
    packs: [
      ["5kg", 2_990],
      ["25kg 食堂装", 11_800],
    ],
  },
  牛肉: {
    category: "meat",
    description: "{c}草场放养黄牛，排酸分割，肉质细嫩，全程冷链配送。",
    packs: [["2kg 分割装", 31_800]],
  },
  羊肉: {
    category: "meat",
    description: "{c}高山放养山羊，肉质紧实不膻，分割真空包装，冷链配送。",
    packs: [["2kg 分割装", 29_800]],
  },
  猪肉: {
    category: "meat",
    description: "{c}农户散养土猪，粮食喂养一年以上出栏，分割冷鲜配送。",
    packs: [["5kg 分割装", 39_800]],
  },
  土鸡: {
    category: "meat",
    description: "{c}林下散养土鸡，养足300天，肉质紧实，炖汤鲜香。",
    packs: [["一只 约1.5kg", 16_800]],
  },
} satisfies Record<string, Kind>
export type KindName = keyof typeof KINDS

export function kindOf(name: KindName): Kind {
  return KINDS[name]
}

export interface YearSupplier {
  county_code: string
  county: string
  name: string
  entity_type: EntityType
  contact: string
  /** Login `<slug>@<county slug>.example`, password DEMO_PASSWORD. */
  email: string
  /** The county's name for each product and the kind it is. */
  products: [string, KindName][]
  /** Without a certificate: its sales are on the ledger but not counted (a finding for the office). */
  uncertified?: boolean
}

const supplier = (
  county_code: string,
  county: string,
  name: string,
  entity_type: EntityType,
  contact: string,
  email: string,
  products: [string, KindName][],
  uncertified = false
): YearSupplier => ({ county_code, county, name, entity_type, contact, email, products, uncertified })

export const YEAR_SUPPLIERS: YearSupplier[] = [
  supplier("540223", "定日县", "定日县珠峰农牧产品有限公司", "enterprise", "次仁", "zhufeng@dingri.example", [
    ["珠峰青稞糌粑", "青稞"],
    ["定日牦牛肉干", "牛肉干"],
    ["定日农牧特产礼盒", "礼盒"],
  ]),
  supplier("532801", "景洪市", "景洪市澜沧江咖啡专业合作社", "cooperative", "玉香", "lancang@jinghong.example", [
    ["景洪小粒咖啡", "咖啡"],
    ["西双版纳香米", "大米"],
    ["景洪菠萝", "热带水果"],
    ["景洪古树红茶", "红茶"],
  ]),
  supplier("532822", "勐海县", "勐海县布朗山茶业有限公司", "enterprise", "岩罕", "bulangshan@menghai.example", [
    ["布朗山普洱生茶", "普洱生茶"],
    ["勐海紫米", "大米"],
    ["勐海滇红茶", "红茶"],
  ]),
  supplier("532823", "勐腊县", "勐腊县雨林果业专业合作社", "cooperative", "玉罕", "yulin@mengla.example", [
    ["勐腊百香果", "热带水果"],
    ["勐腊雨林蜂蜜", "蜂蜜"],
    ["勐腊香蕉", "热带水果"],
  ]),
  supplier("530602", "昭阳区", "昭阳区高原农产品供销有限公司", "enterprise", "李强", "gongxiao@zhaoyang.example", [
    ["昭阳冰糖心苹果", "苹果"],
    ["昭阳荞麦面", "荞麦面"],
    ["昭阳高原洋芋", "马铃薯"],
    ["昭通苹果礼盒", "礼盒"],
  ]),
  supplier("530627", "镇雄县", "镇雄县乌峰农业开发有限公司", "enterprise", "陈刚", "wufeng@zhenxiong.example", [
    ["镇雄乌天麻", "天麻"],
    ["镇雄黄牛肉", "牛肉"],
    ["镇雄洋芋", "马铃薯"],
  ]),
  supplier("530628", "彝良县", "彝良县小草坝天麻专业合作社", "cooperative", "杨华", "xiaocaoba@yiliang.example", [
    ["小草坝天麻", "天麻"],
    ["彝良筇竹笋干", "竹笋"],
    ["彝良高山绿茶", "绿茶"],
  ]),
  supplier(
    "530629",
    "威信县",
    "威信县扎西农特产品专业合作社",
    "cooperative",
    "王敏",
    "zhaxi@weixin.example",
    [
      ["威信烟熏腊肉", "腊肉"],
      ["威信高山红茶", "红茶"],
      ["威信菜籽油", "菜籽油"],
    ],
    true
  ),
  supplier("513401", "西昌市", "西昌市建昌农副产品有限公司", "enterprise", "沙玛", "jianchang@xichang.example", [
    ["建昌板鸭", "板鸭"],
    ["西昌高山苹果", "苹果"],
    ["西昌洋芋", "马铃薯"],
  ]),
  supplier("513422", "木里藏族自治县", "木里县康坞松茸专业合作社", "cooperative", "扎西", "kangwu@muli.example", [
    ["木里野生松茸", "松茸"],
    ["木里黑山羊肉", "羊肉"],
    ["木里野生蜂蜜", "蜂蜜"],
  ]),
  supplier("513423", "盐源县", "盐源县金河苹果专业合作社", "cooperative", "阿措", "jinhe@yanyuan.example", [
    ["盐源丑苹果", "苹果"],
    ["盐源大红袍花椒", "花椒"],
    ["盐源菜籽油", "菜籽油"],
  ]),
  supplier("513428", "普格县", "普格县螺髻山农牧专业合作社", "cooperative", "吉木", "luojishan@puge.example", [
    ["普格苦荞面", "荞麦面"],
    ["普格高山土鸡", "土鸡"],
    ["普格青花椒", "花椒"],
  ]),
  supplier("513429", "布拖县", "布拖县特木里农特产品有限公司", "enterprise", "阿力", "temuli@butuo.example", [
    ["布拖乌洋芋", "马铃薯"],
    ["布拖黑山羊肉", "羊肉"],
    ["布拖农特产品礼盒", "礼盒"],
  ]),
  supplier("513430", "金阳县", "金阳县青花椒产业专业合作社", "cooperative", "马海", "qinghuajiao@jinyang.example", [
    ["金阳青花椒", "花椒"],
    ["金阳白魔芋粉", "魔芋粉"],
    ["金阳核桃", "核桃"],
  ]),
  supplier("513431", "昭觉县", "昭觉县三岔河牧业专业合作社", "cooperative", "俄木", "sanchahe@zhaojue.example", [
    ["昭觉西门塔尔牛肉", "牛肉"],
    ["昭觉苦荞茶", "苦荞茶"],
    ["昭觉燕麦荞麦面", "荞麦面"],
  ]),
  supplier("513432", "喜德县", "喜德县光明镇土鸡养殖家庭农场", "family_farm", "曲比", "guangming@xide.example", [
    ["喜德高山土鸡", "土鸡"],
    ["喜德黑苦荞茶", "苦荞茶"],
  ]),
  supplier("513434", "越西县", "越西县贡椒专业合作社", "cooperative", "日火", "gongjiao@yuexi.example", [
    ["越西贡椒", "花椒"],
    ["越西甜苹果", "苹果"],
    ["越西土蜂蜜", "蜂蜜"],
  ]),
  supplier("513435", "甘洛县", "甘洛县尼日河农业专业合作社", "cooperative", "阿木", "niri@ganluo.example", [
    ["甘洛黑苦荞茶", "苦荞茶"],
    ["甘洛跑山猪肉", "猪肉"],
    ["甘洛核桃", "核桃"],
  ]),
  supplier(
    "513436",
    "美姑县",
    "美姑县岩鹰鸡养殖专业合作社",
    "cooperative",
    "依火",
    "yanying@meigu.example",
    [
      ["美姑岩鹰鸡", "土鸡"],
      ["美姑花椒", "花椒"],
    ],
    true
  ),
  supplier("513437", "雷波县", "雷波县金沙江脐橙专业合作社", "cooperative", "阿西", "jinshajiang@leibo.example", [
    ["雷波脐橙", "脐橙"],
    ["雷波芭蕉芋粉丝", "红薯粉"],
    ["雷波马湖绿茶", "绿茶"],
  ]),
  supplier("330822", "常山县", "常山县胡柚产业发展有限公司", "enterprise", "徐建国", "huyou@changshan.example", [
    ["常山胡柚", "柚子"],
    ["常山山茶油", "茶油"],
    ["常山猴头菇", "香菇"],
    ["常山胡柚礼盒", "礼盒"],
  ]),
  supplier("520602", "碧江区", "碧江区锦江农业专业合作社", "cooperative", "龙梅", "jinjiang@bijiang.example", [
    ["碧江红薯粉", "红薯粉"],
    ["碧江高山绿茶", "绿茶"],
    ["碧江土蜂蜜", "蜂蜜"],
  ]),
  supplier("520603", "万山区", "万山区九丰食用菌专业合作社", "cooperative", "田华", "jiufeng@wanshan.example", [
    ["万山香菇", "香菇"],
    ["万山黑木耳", "木耳"],
    ["万山农家腊肉", "腊肉"],
  ]),
  supplier("520621", "江口县", "江口县梵净山茶业有限公司", "enterprise", "杨勇", "fanjingshan@jiangkou.example", [
    ["梵净山翠峰茶", "绿茶"],
    ["梵净山红茶", "红茶"],
    ["江口萝卜猪肉", "猪肉"],
  ]),
  supplier("520622", "玉屏侗族自治县", "玉屏县油茶产业专业合作社", "cooperative", "吴红", "youcha@yuping.example", [
    ["玉屏茶油", "茶油"],
    ["玉屏高山黄桃", "黄桃"],
    ["玉屏侗乡礼盒", "礼盒"],
  ]),
  supplier("520623", "石阡县", "石阡县佛顶山农业专业合作社", "cooperative", "周平", "fodingshan@shiqian.example", [
    ["石阡香柚", "柚子"],
    ["石阡红薯粉", "红薯粉"],
    ["石阡苔茶礼盒", "礼盒"],
  ]),
  supplier("520624", "思南县", "思南县乌江牧业专业合作社", "cooperative", "安勇", "wujiang@sinan.example", [
    ["思南黄牛肉", "牛肉"],
    ["思南晏茶", "绿茶"],
    ["思南土蜂蜜", "蜂蜜"],
  ]),
  supplier(
    "520625",
    "印江土家族苗族自治县",
    "印江县梵净山绿茶专业合作社",
    "cooperative",
    "张霞",
    "lvcha@yinjiang.example",
    [
      ["印江梵净山绿茶", "绿茶"],
      ["印江红薯粉", "红薯粉"],
      ["印江香菇", "香菇"],
    ]
  ),
  supplier("520626", "德江县", "德江县天麻产业发展有限公司", "enterprise", "冉军", "tianma@dejiang.example", [
    ["德江天麻", "天麻"],
    ["德江复兴猪肉", "猪肉"],
    ["德江林下土鸡", "土鸡"],
  ]),
  supplier("520627", "沿河土家族自治县", "沿河县空心李专业合作社", "cooperative", "崔林", "kongxinli@yanhe.example", [
    ["沿河空心李", "李子"],
    ["沿河白山羊肉", "羊肉"],
    ["沿河古树绿茶", "绿茶"],
  ]),
  supplier(
    "520628",
    "松桃苗族自治县",
    "松桃县苗乡农产品有限公司",
    "enterprise",
    "龙飞",
    "miaoxiang@songtao.example",
    [
      ["松桃红薯粉", "红薯粉"],
      ["松桃高山辣椒", "辣椒"],
      ["松桃苗乡绿茶", "绿茶"],
    ],
    true
  ),
  supplier("610124", "周至县", "周至县秦岭猕猴桃专业合作社", "cooperative", "王建军", "qinling@zhouzhi.example", [
    ["周至徐香猕猴桃", "猕猴桃"],
    ["周至红心猕猴桃", "猕猴桃"],
    ["周至秦岭土蜂蜜", "蜂蜜"],
    ["周至猕猴桃礼盒", "礼盒"],
  ]),
  supplier("540121", "林周县", "林周县农牧民专业合作社", "cooperative", "旺堆", "nongmu@linzhou.example", [
    ["林周青稞糌粑", "青稞"],
    ["林周牦牛肉干", "牛肉干"],
    ["林周藏香猪腊肉", "腊肉"],
  ]),
  supplier("653001", "阿图什市", "阿图什市木纳格葡萄专业合作社", "cooperative", "艾力", "munage@atushi.example", [
    ["阿图什木纳格葡萄", "葡萄"],
    ["阿图什无花果干", "无花果干"],
    ["阿图什特产礼盒", "礼盒"],
  ]),
]
