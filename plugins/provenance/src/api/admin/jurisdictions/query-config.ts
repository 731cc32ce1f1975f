import { queryConfig } from "@zhunong/common/server/query-config"

/** An eastern jurisdiction (考核辖区) in the tree offices and units belong to. */
export const adminJurisdictionQueryConfig = queryConfig(["id", "code", "name", "parent_code"])
