import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { resolve } from "node:path"
import { ATTRIBUTION_MODULE, type AttributionModuleService } from "@zhunong/attribution/modules/attribution"
import { createUnitsWorkflow, joinUnitByInviteWorkflow } from "@zhunong/attribution/workflows"
import { decideOfflinePurchaseWorkflow, registerOfflinePurchaseWorkflow } from "@zhunong/assistance-stats/workflows"
import { LEDGER_MODULE, type LedgerModuleService } from "@zhunong/assistance-stats/modules/ledger"
import { MARKETPLACE_MODULE, type MarketplaceModuleService } from "@zhunong/marketplace/modules/marketplace"
import { createEastJurisdictions, uscc } from "../support/attribution"
import { failure } from "../support/http"
import { bearer, butuoCooperative } from "../support/marketplace"
import { createLiangshanDivisions } from "../support/provenance"

/**
 * Makes one write of a module service fail, as a dropped connection or a violated constraint would,
 * until the returned function is called. Medusa compensates the steps that finished, never the one
 * that failed, so a step that wrote before the failing write would leave its rows behind.
 */
function failWrites(container: MedusaContainer, module: string, method: string): () => void {
  const service = container.resolve<Record<string, unknown>>(module)
  service[method] = async () => {
    throw new Error(`injected failure: ${module}.${method}`)
  }
  return () => {
    delete service[method]
  }
}

medusaIntegrationTestRunner({
  cwd: resolve(__dirname, "../../backend"),
  testSuite: ({ api, getContainer }) => {
    describe("a failed write leaves nothing behind", () => {
      beforeEach(async () => {
        await createEastJurisdictions(getContainer())
        await createLiangshanDivisions(getContainer())
      })

      it("creating units: a failure linking parents or adding email domains removes the units", async () => {
        const container = getContainer()
        const units = [
          {
            line: 2,
            name: "松江区农业农村委",
            uscc: uscc(1),
            type: "party_government" as const,
            jurisdiction_code: "310117",
          },
          {
            line: 3,
            name: "松江区农技中心",
            uscc: uscc(2),
            type: "public_institution" as const,
            jurisdiction_code: "310117",
            parent_uscc: uscc(1),
            email_domains: ["njzx.songjiang.example"],
          },
        ]
        const service = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
        for (const method of ["updateBuyingUnits", "createUnitEmailDomains"]) {
          const restore = failWrites(container, ATTRIBUTION_MODULE, method)
          await expect(createUnitsWorkflow(container).run({ input: { units, from: "import" } })).rejects.toThrow(
            /injected failure/
          )
          restore()
          expect(await service.listBuyingUnits({ uscc: [uscc(1), uscc(2)] }), method).toEqual([])
          expect(await service.listUnitEmailDomains({ domain: "njzx.songjiang.example" }), method).toEqual([])
        }

        // and with nothing failing, the same import goes through whole
        const { result } = await createUnitsWorkflow(container).run({ input: { units, from: "import" } })
        const [parent, child] = await service.listBuyingUnits({ uscc: [uscc(1), uscc(2)] }, { order: { uscc: "ASC" } })
        expect(result).toHaveLength(2)
        expect(child.parent_id).toBe(parent.id)
        expect(await service.listUnitEmailDomains({ unit_id: child.id })).toHaveLength(1)
      })

      it("registering a supplier: a failure recording its owner or its history removes the supplier", async () => {
        const container = getContainer()
        const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
        const email = "owner@butuo.example"
        const { data: registered } = await api.post("/auth/supplier/emailpass/register", {
          email,
          password: "supplier-password-1",
        })
        const register = () =>
          api.post("/supplier/registration", { user_name: "负责人", ...butuoCooperative(1) }, bearer(registered.token))
        for (const method of ["createSupplierUsers", "createSupplierEvents"]) {
          const restore = failWrites(container, MARKETPLACE_MODULE, method)
          expect((await register().catch(failure)).status, method).toBeGreaterThanOrEqual(400)
          restore()
          expect(await marketplace.listSuppliers({ uscc: butuoCooperative(1).uscc }), method).toEqual([])
          expect(await marketplace.listSupplierUsers({ email }), method).toEqual([])
        }

        // the same person registers again: nothing left over stands in the way
        const { data } = await register()
        expect(data.supplier).toMatchObject({ uscc: butuoCooperative(1).uscc, status: "pending" })
        expect(await marketplace.listSupplierEvents({ supplier_id: data.supplier.id })).toHaveLength(1)
      })

      it("joining by invite: a failure counting the use takes the new member out again", async () => {
        const container = getContainer()
        const service = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
        const [unit] = await service.createBuyingUnits([
          { name: "松江区总工会", uscc: uscc(3), type: "union", jurisdiction_code: "310117" },
        ])
        const invite = await service.createUnitInvites({
          unit_id: unit.id,
          code: "SJ2026AB",
          role: "member",
          auto_approve: true,
          expires_at: new Date(Date.now() + 86_400_000),
          max_uses: 1,
          created_by: "user:test",
        })
        const join = () =>
          joinUnitByInviteWorkflow(container).run({ input: { customer_id: "cus_test_1", code: "sj2026ab" } })

        const restore = failWrites(container, ATTRIBUTION_MODULE, "updateUnitInvites")
        await expect(join()).rejects.toThrow(/injected failure/)
        restore()
        expect(await service.listMemberships({ unit_id: unit.id })).toEqual([])
        expect((await service.retrieveUnitInvite(invite.id)).used_count).toBe(0)

        const { result } = await join()
        expect(result).toMatchObject({ unit_id: unit.id, customer_id: "cus_test_1", status: "active" })
        expect((await service.retrieveUnitInvite(invite.id)).used_count).toBe(1)
      })

      it("verifying an off-platform purchase: a failure writing the ledger puts the entry back to pending", async () => {
        const container = getContainer()
        const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
        const [unit] = await container
          .resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
          .createBuyingUnits([
            { name: "松江区机关食堂", uscc: uscc(4), type: "party_government", jurisdiction_code: "310117" },
          ])
        const { result: entry } = await registerOfflinePurchaseWorkflow(container).run({
          input: {
            unit_id: unit.id,
            registered_by: "cus_test_2",
            supplier_name: "布拖县乐安苦荞专业合作社",
            description: "苦荞茶 200盒",
            county_code: "513429",
            amount_fen: 1_280_000,
            purchase_date: "2026-11-02",
            purchase_type: "direct",
            channel: "canteen",
            funding: "budget",
            invoice_numbers: ["25310000000012345678"],
          },
        })
        const verify = () =>
          decideOfflinePurchaseWorkflow(container).run({
            input: { id: entry.id, action: "verify", office_user_id: "office_test", subtree: ["310117"] },
          })

        const restore = failWrites(container, LEDGER_MODULE, "appendWithRollup")
        await expect(verify()).rejects.toThrow(/injected failure/)
        restore()
        expect(await ledger.retrieveOfflinePurchase(entry.id)).toMatchObject({ status: "pending", decided_by: null })
        expect(await ledger.listLedgerEntries({ order_id: entry.id })).toEqual([])

        await verify()
        expect(await ledger.retrieveOfflinePurchase(entry.id)).toMatchObject({ status: "verified" })
        expect(await ledger.listLedgerEntries({ order_id: entry.id })).toHaveLength(1)
      })
    })
  },
})
