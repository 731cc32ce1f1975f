import { useActionState } from "react"
import type { FormState } from "./form-state"

type Action = (state: FormState, formData: FormData) => Promise<FormState>

/**
 * useActionState for the shop's forms. React empties a form after its action runs, so a refused
 * form gets back what was typed (never passwords) and its inputs show it again.
 */
export function useFormAction(action: Action) {
  return useActionState(async (state: FormState, formData: FormData): Promise<FormState> => {
    const result = await action(state, formData)
    if (!result || result.ok) return result
    const values = Object.fromEntries(
      [...formData.entries()].filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === "string" && !entry[0].startsWith("$") && !/password/.test(entry[0])
      )
    )
    return { ...result, values }
  }, null)
}
