import { exportProgress } from "@/lib/data/office"

/** An export's progress for the page's bar, through the office's own token; never cached. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const answer = await exportProgress((await params).id)
  return new Response(answer.body, {
    status: answer.status,
    headers: { "Content-Type": "application/json", "Cache-Control": "private, no-store" },
  })
}
