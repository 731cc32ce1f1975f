import { listUnitMembers } from "../../../../members"

export const GET = listUnitMembers
