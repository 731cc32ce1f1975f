/** A delivery address in 松江区 that every test checkout ships to. */
export const SONGJIANG_ADDRESS = {
  first_name: "伟",
  last_name: "刘",
  address_1: "荣乐东路1号",
  city: "上海市",
  province: "上海市",
  postal_code: "201600",
  country_code: "cn",
  phone: "13800000000",
}
