/*
 * Writing CSV, the same on the server (exports, settlement lines) and in the storefront's download
 * routes: fields quoted as Postgres' COPY quotes them, lines ended by a line feed.
 */

/** One CSV field: quoted when it holds a comma, a quote or a line break, as Postgres' COPY writes it. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line, ended by a line feed as COPY ends its lines (a file mixes no two endings). */
export const csvLine = (fields: unknown[]) => `${fields.map(csvField).join(",")}\n`
