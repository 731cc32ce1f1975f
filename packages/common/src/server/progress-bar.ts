/**
 * A progress bar for long command-line jobs (reindex, scale generation): redrawn in place on a
 * terminal, one line per update in a log.
 */
export function progressBar(label: string, total: number) {
  const started = Date.now()
  const line = (done: number) => {
    const share = total ? Math.min(1, done / total) : 1
    const width = 30
    const filled = Math.round(share * width)
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? Math.round(done / seconds) : 0
    return (
      `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ` +
      `${done.toLocaleString("en")}/${total.toLocaleString("en")} (${Math.round(share * 100)}%) ${rate.toLocaleString("en")}/s`
    )
  }
  const draw = (text: string) => process.stdout.write(process.stdout.isTTY ? `\r${text}` : `${text}\n`)
  return {
    update: (done: number) => draw(line(done)),
    /** Draws the full bar and says how long it took; the seconds. */
    finish() {
      draw(line(total))
      const seconds = (Date.now() - started) / 1000
      process.stdout.write(
        process.stdout.isTTY ? ` — ${seconds.toFixed(1)} s\n` : `${label}: ${seconds.toFixed(1)} s\n`
      )
      return seconds
    },
  }
}
