import { Text } from "@medusajs/ui"
import { errorMessage } from "./sdk"

/**
 * What an admin list shows under its table besides rows: loading, the error in the operator's
 * words, or that nothing matched the filters.
 */
export function ListState(props: {
  query: { isLoading: boolean; error: unknown; data?: unknown }
  empty: boolean
  emptyText: string
}) {
  if (props.query.isLoading) return <Text className="px-6 py-4 text-ui-fg-subtle">加载中…</Text>
  if (props.query.error) return <Text className="px-6 py-4 text-ui-fg-error">{errorMessage(props.query.error)}</Text>
  if (props.query.data && props.empty) return <Text className="px-6 py-4 text-ui-fg-subtle">{props.emptyText}</Text>
  return null
}
