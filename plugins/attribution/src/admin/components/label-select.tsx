import { Select } from "@medusajs/ui"

export interface Option<T extends string> {
  value: T
  label: string
}

/** Options from a list of codes and their labels, in the list's order. */
export const labelled = <T extends string>(codes: readonly T[], labels: Record<T, { zh: string }>): Option<T>[] =>
  codes.map((value) => ({ value, label: labels[value].zh }))

/** A select of coded values shown by their Chinese labels. */
export const LabelSelect = <T extends string>(props: {
  id?: string
  label: string
  value: T
  options: Option<T>[]
  onChange: (value: T) => void
  size?: "small" | "base"
  disabled?: boolean
}) => (
  <Select size={props.size} value={props.value} onValueChange={(v) => props.onChange(v as T)} disabled={props.disabled}>
    <Select.Trigger id={props.id} aria-label={props.label}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {props.options.map((o) => (
        <Select.Item key={o.value} value={o.value}>
          {o.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
