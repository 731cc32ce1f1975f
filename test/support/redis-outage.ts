import { createServer, connect, type Server, type Socket } from "node:net"

/**
 * A Redis the test can restart without touching anyone else's: a TCP relay on a port of the test's
 * own in front of the machine's Redis (REDIS_URL), with the stack given its own database number.
 * `restart()` does what a Redis restart without persistence does to its clients — every connection
 * drops, new ones are refused while it is down, and it comes back empty (queued events, workflow
 * state, cache, locks and sessions gone) — while other users of the same Redis see nothing.
 */
export interface RestartableRedis {
  /** The REDIS_URL the stack under test uses. */
  url: string
  restart(downMs: number): Promise<void>
  close(): Promise<void>
}

export async function restartableRedis(upstreamUrl: string, port: number, db: number): Promise<RestartableRedis> {
  const upstream = new URL(upstreamUrl)
  const target = { host: upstream.hostname, port: Number(upstream.port || 6379) }
  const open = new Set<Socket>()

  const relay = (client: Socket) => {
    const server = connect(target)
    open.add(client).add(server)
    const drop = () => {
      client.destroy()
      server.destroy()
      open.delete(client)
      open.delete(server)
    }
    client.on("error", drop).on("close", drop)
    server.on("error", drop).on("close", drop)
    client.pipe(server).pipe(client)
  }
  const listen = () =>
    new Promise<Server>((ready, fail) => {
      const server = createServer(relay)
      server.once("error", fail)
      server.listen(port, "127.0.0.1", () => ready(server))
    })
  const stop = (server: Server) =>
    new Promise<void>((done) => {
      server.close(() => done())
      for (const socket of open) socket.destroy()
      open.clear()
    })

  /** FLUSHDB on the stack's database only, spoken in RESP so the test needs no Redis client. */
  const resp = (...words: string[]) =>
    `*${words.length}\r\n${words.map((w) => `$${Buffer.byteLength(w)}\r\n${w}\r\n`).join("")}`
  const password = decodeURIComponent(upstream.password)
  const commands = [
    ...(password
      ? [resp("AUTH", ...(upstream.username ? [decodeURIComponent(upstream.username)] : []), password)]
      : []),
    resp("SELECT", String(db)),
    resp("FLUSHDB"),
  ]
  const flush = () =>
    new Promise<void>((done, fail) => {
      const socket = connect(target)
      let answer = ""
      socket.on("data", (chunk) => {
        answer += chunk.toString()
        if (answer.split("\r\n").length > commands.length) {
          socket.end()
          if (answer === "+OK\r\n".repeat(commands.length)) done()
          else fail(new Error(`FLUSHDB answered ${JSON.stringify(answer)}`))
        }
      })
      socket.on("error", fail)
      socket.write(commands.join(""))
    })

  await flush()
  let server = await listen()
  return {
    url: `redis://127.0.0.1:${port}/${db}`,
    async restart(downMs) {
      await stop(server)
      await flush()
      await new Promise((wait) => setTimeout(wait, downMs))
      server = await listen()
    },
    async close() {
      await stop(server)
      await flush()
    },
  }
}
