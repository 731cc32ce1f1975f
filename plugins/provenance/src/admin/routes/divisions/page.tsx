import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Division = { id: string; code: string; name: string; level: string; parent_code: string | null }

const LEVEL_LABELS: Record<string, string> = { province: "省级", prefecture: "地级", county: "县级" }

const DivisionsPage = () => {
  const [divisions, setDivisions] = useState<Division[]>([])
  const [count, setCount] = useState(0)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    fetch("/admin/divisions?limit=100", { credentials: "include" })
      .then(async (res) => {
        if (!res.ok) throw new Error(`${res.status} ${res.statusText}`)
        const body = (await res.json()) as { divisions: Division[]; count: number }
        setDivisions(body.divisions)
        setCount(body.count)
      })
      .catch((e: Error) => setError(e.message))
  }, [])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">行政区划 Divisions</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          GB/T 2260 — {count} 条
        </Text>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">加载失败：{error}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>代码</Table.HeaderCell>
              <Table.HeaderCell>名称</Table.HeaderCell>
              <Table.HeaderCell>级别</Table.HeaderCell>
              <Table.HeaderCell>上级代码</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {divisions.map((d) => (
              <Table.Row key={d.id}>
                <Table.Cell>{d.code}</Table.Cell>
                <Table.Cell>{d.name}</Table.Cell>
                <Table.Cell>{LEVEL_LABELS[d.level] ?? d.level}</Table.Cell>
                <Table.Cell>{d.parent_code ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "行政区划",
  icon: MapPin,
})

export default DivisionsPage
