import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { EXPORT_REQUESTED, runExportJob } from "../workflows/exports/export-jobs"

/** Long exports are written here, off the request that asked for them. */
export default async function exportJobs({ event, container }: SubscriberArgs<{ id: string }>) {
  await runExportJob(container, event.data.id)
}

export const config: SubscriberConfig = { event: EXPORT_REQUESTED }
