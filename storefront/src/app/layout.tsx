import type { Metadata } from "next"
import type { ReactNode } from "react"
import "./globals.css"

export const metadata: Metadata = {
  title: "助农集市",
  description: "消费帮扶认定产品，职工采购与单位采购",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <a href="/" className="brand">助农集市</a>
          <span className="tagline">消费帮扶 · 产地直供</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
