"use client"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useTranslations } from "next-intl"
import type { MonthPoint } from "@/lib/office-overview"

/** Counted amount by month in 万元, this year beside last year; the table under it has the exact 元. */
export function MonthChart({ data, year }: { data: MonthPoint[]; year: number }) {
  const t = useTranslations("office.overview")
  // 万元 for the axis only: a chart is read by eye, the table beside it is exact
  const points = data.map((p) => ({
    month: `${Number(p.month)}${t("monthSuffix")}`,
    thisYear: p.this_year_fen / 1_000_000,
    lastYear: p.last_year_fen / 1_000_000,
  }))
  return (
    <figure className="chart" aria-label={t("byMonth")}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={points} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(value) => `${Number(value).toFixed(2)}${t("wan")}`} />
          <Legend />
          <Bar dataKey="lastYear" name={String(year - 1)} fill="#b9c7b5" />
          <Bar dataKey="thisYear" name={String(year)} fill="#2f6b3a" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
