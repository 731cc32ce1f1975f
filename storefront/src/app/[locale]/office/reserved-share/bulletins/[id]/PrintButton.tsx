"use client"

/** Opens the browser's print dialog for the bulletin (the page's print styles drop the portal's chrome). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  )
}
