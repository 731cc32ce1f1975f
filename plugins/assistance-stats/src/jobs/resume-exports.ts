import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resumeInterruptedExports } from "../workflows/exports/export-jobs"

/** Every minute: exports a stopped server cut off are written again, so an office's job never hangs at “running”. */
export default async function resumeExportsJob(container: MedusaContainer) {
  const resumed = await resumeInterruptedExports(container)
  if (resumed.length)
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`导出任务：重新生成被中断的 ${resumed.length} 个：${resumed.join(", ")}`)
}

export const config = { name: "resume-exports", schedule: "* * * * *" }
