"use client"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { useTranslations } from "next-intl"

/** A long unit name shortened for the axis (the table and the tooltip keep it whole). */
const short = (label: string) => (label.length > 9 ? `${label.slice(0, 8)}…` : label)

/**
 * Counted amounts as ranked horizontal bars in 万元 (no map: a published map of China needs an
 * approval number). Only the largest are drawn; the table beside it lists them all in exact 元.
 */
export function RankedBars({ data, label }: { data: { label: string; counted_fen: number }[]; label: string }) {
  const t = useTranslations("office.overview")
  const points = data.map((d) => ({ label: d.label, wan: d.counted_fen / 1_000_000 }))
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={Math.max(120, 32 * points.length + 40)}>
        <BarChart data={points} layout="vertical" margin={{ top: 4, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={128} tickFormatter={short} />
          <Tooltip formatter={(value) => `${Number(value).toFixed(2)}${t("wan")}`} />
          <Bar dataKey="wan" name={t("counted")} fill="#2f6b3a" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
