import pg from "pg"
import { PUBLISHABLE_KEY_TITLE } from "@zhunong/seed/demo-marks"

/** Reads of the seeded store straight from its database, before any Medusa process is up. */
async function withDatabase<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export function storeSeedVersion(databaseUrl: string): Promise<string | null> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query<{ version: string | null }>(
      "select metadata->>'seed_version' as version from store where deleted_at is null order by created_at limit 1"
    )
    return rows[0]?.version ?? null
  })
}

export function publishableKeyToken(databaseUrl: string): Promise<string> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query<{ token: string }>(
      "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null order by created_at limit 1",
      [PUBLISHABLE_KEY_TITLE]
    )
    if (!rows[0])
      throw new Error(
        `The seeded publishable key "${PUBLISHABLE_KEY_TITLE}" is missing or revoked; create a publishable key with that title in Medusa Admin.`
      )
    return rows[0].token
  })
}
