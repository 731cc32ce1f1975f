"use client"
import { useId, useState } from "react"
import { useTranslations } from "next-intl"
import type { SupplierFilePurpose } from "@zhunong/common/supplier-rules"

export interface Uploaded {
  id: string
  url: string
  name: string
}

/**
 * Picks files and uploads them at once through the portal's /supplier/uploads, saying what it is
 * doing and why a file was refused; the form keeps what came back.
 */
export function FileUploader({
  purpose,
  accept,
  label,
  multiple = false,
  onUploaded,
}: {
  purpose: SupplierFilePurpose
  accept: string
  label: string
  multiple?: boolean
  onUploaded: (files: Uploaded[]) => void
}) {
  const t = useTranslations("supplier.upload")
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  async function upload(list: FileList | null) {
    if (!list?.length) return
    setBusy(true)
    setProblem(null)
    const body = new FormData()
    body.set("purpose", purpose)
    for (const file of Array.from(list)) body.append("files", file)
    try {
      const answer = await fetch("/supplier/uploads", { method: "POST", body })
      const data = (await answer.json()) as { files?: Uploaded[]; message?: string }
      if (!answer.ok || !data.files) setProblem(data.message ?? t("failed"))
      else onUploaded(data.files)
    } catch {
      setProblem(t("offline"))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="uploader">
      <label htmlFor={id} className="button secondary">
        {busy ? t("uploading") : label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        className="visually-hidden"
        disabled={busy}
        onChange={(e) => {
          void upload(e.target.files)
          e.target.value = ""
        }}
      />
      <p className="muted" aria-live="polite">
        {busy ? t("uploading") : purpose === "picture" ? t("pictureLimits") : t("limits")}
      </p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  )
}
