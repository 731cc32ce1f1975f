import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@zhunong/provenance/modules/provenance"
import type { OfficeType } from "../../../lib/offices"
import { OFFICE_MODULE, type OfficeModuleService } from "../../../modules/office"

export interface OfficeAccountInput {
  email: string
  password: string
  name: string
  office_name: string
  office_type: OfficeType
  jurisdiction_code: string
}

/** An office account: a known jurisdiction, an email not yet used by another office login. */
export const createOfficeUserStep = createStep(
  "create-office-user",
  async ({ password: _password, ...input }: OfficeAccountInput, { container }) => {
    const [jurisdiction] = await container
      .resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
      .listJurisdictions({ code: input.jurisdiction_code })
    if (!jurisdiction)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `jurisdiction_code: 未知的辖区 ${input.jurisdiction_code}`)
    const offices = container.resolve<OfficeModuleService>(OFFICE_MODULE)
    const [taken] = await offices.listOfficeUsers({ email: input.email })
    if (taken)
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `email: ${input.email} 已是“${taken.office_name}”的账号`)
    const user = await offices.createOfficeUsers(input)
    return new StepResponse(user, user.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OfficeModuleService>(OFFICE_MODULE).deleteOfficeUsers(id)
  }
)

/** The office user's email/password login (Medusa's emailpass provider hashes the password). */
export const registerOfficeLoginStep = createStep(
  "register-office-login",
  async (input: { email: string; password: string }, { container }) => {
    const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: input })
    if (error || !authIdentity)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${error ?? "无法创建登录"}`)
    return new StepResponse(authIdentity, authIdentity.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
  }
)
