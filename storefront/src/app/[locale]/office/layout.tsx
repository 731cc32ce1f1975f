import type { ReactNode } from "react"
import { OfficeHeader } from "@/components/OfficeHeader"

export const dynamic = "force-dynamic"

/** 办公室: the office portal, signed in as Medusa's `office` actor; nothing here is cached across offices. */
export default function OfficeLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <OfficeHeader />
      <main id="main" className="portal">
        {children}
      </main>
    </>
  )
}
