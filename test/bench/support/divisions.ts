/** Origin counties of the generated products, with their prefectures and provinces. */
export const DIVISIONS = [
  { code: "510000", name: "四川省", level: "province" },
  { code: "513400", name: "凉山彝族自治州", level: "prefecture", parent_code: "510000" },
  { code: "513429", name: "布拖县", level: "county", parent_code: "513400", is_poverty_exit: true },
  { code: "513431", name: "昭觉县", level: "county", parent_code: "513400", is_poverty_exit: true },
  { code: "513436", name: "美姑县", level: "county", parent_code: "513400", is_poverty_exit: true },
  { code: "513423", name: "盐源县", level: "county", parent_code: "513400", is_poverty_exit: true },
  { code: "530000", name: "云南省", level: "province" },
  { code: "530600", name: "昭通市", level: "prefecture", parent_code: "530000" },
  { code: "530602", name: "昭阳区", level: "county", parent_code: "530600" },
  { code: "532800", name: "西双版纳傣族自治州", level: "prefecture", parent_code: "530000" },
  { code: "532822", name: "勐海县", level: "county", parent_code: "532800" },
  { code: "520000", name: "贵州省", level: "province" },
  { code: "520600", name: "铜仁市", level: "prefecture", parent_code: "520000" },
  { code: "520623", name: "石阡县", level: "county", parent_code: "520600", is_poverty_exit: true },
  { code: "520300", name: "遵义市", level: "prefecture", parent_code: "520000" },
  { code: "520323", name: "绥阳县", level: "county", parent_code: "520300", is_poverty_exit: true },
] as const
