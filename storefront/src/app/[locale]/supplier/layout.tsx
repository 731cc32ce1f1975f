import type { ReactNode } from "react"
import { SupplierHeader } from "@/components/SupplierHeader"

export const dynamic = "force-dynamic"

/** 供应商中心: the supplier portal, signed in as Medusa's `supplier` actor; nothing here is cached across suppliers. */
export default function SupplierLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SupplierHeader />
      <main id="main" className="portal">
        {children}
      </main>
    </>
  )
}
