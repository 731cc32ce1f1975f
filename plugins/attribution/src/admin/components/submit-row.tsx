import { Button, Text } from "@medusajs/ui"

/** A form's submit button with the server's refusal beside it, where the person is looking. */
export const SubmitRow = ({ label, saving, error }: { label: string; saving?: boolean; error: string | null }) => (
  <div className="col-span-2 flex items-center gap-x-4">
    <Button type="submit" size="small" isLoading={saving}>
      {label}
    </Button>
    {error && (
      <Text size="small" className="text-ui-fg-error" role="alert">
        {error}
      </Text>
    )}
  </div>
)
