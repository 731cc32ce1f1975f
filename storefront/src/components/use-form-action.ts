import { useActionState } from "react"
import { SHOPPER_CHANGED } from "@/lib/shopper"
import type { FormState } from "./form-state"

type Action = (state: FormState, formData: FormData) => Promise<FormState>

/**
 * useActionState for the shop's forms. React empties a form after its action runs, so a refused
 * form gets back what was typed (never passwords) and its inputs show it again. Any answer tells
 * the shop's header that the cart or sign-in may have changed.
 */
export function useFormAction(action: Action) {
  return useActionState(async (state: FormState, formData: FormData): Promise<FormState> => {
    const result = await action(state, formData)
    // a form may have filled the cart or signed the shopper in; the header asks again
    window.dispatchEvent(new Event(SHOPPER_CHANGED))
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
