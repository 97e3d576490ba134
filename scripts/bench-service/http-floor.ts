import { spawn } from 'node:child_process'
import { median, timed, type Timing } from './stats.ts'

/**
 * The HTTP part of each figure's floor: a bare `node:http` server in a process of its
 * own (as the service is) answering a JSON body of the same length as the service's
 * answer, fetched the way the bench fetches the service (scripts/bench-service/service.ts
 * `send`). The service's figure includes one such exchange; its floor must too.
 */
const SERVER = `
const http = require('node:http')
const server = http.createServer((req, res) => {
  let size = 0
  req.on('data', (d) => (size += d.length))
  req.on('end', () => {
    const n = Number(new URL(req.url, 'http://x').searchParams.get('n')) || 2
    const body = JSON.stringify({ pad: 'x'.repeat(Math.max(0, n - 10)) })
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
    res.end(body)
  })
})
server.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port))
`

export type Exchange = { bytes: number; method: 'GET' | 'POST'; concurrent?: number }

/** The median of `reps` timed exchanges of each kind (`warm` untimed first), in ms. */
export async function measureHttpFloors(
  exchanges: Record<string, Exchange>,
  { reps, warm }: Timing,
): Promise<Record<string, number>> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        const m = /listening (\d+)/.exec(d.toString())
        if (m) resolve(Number(m[1]))
      })
      child.once('exit', (code) => reject(new Error(`HTTP floor server exited ${code}`)))
    })
    const once = async ({ bytes, method }: Exchange) => {
      const res = await fetch(`http://127.0.0.1:${port}/floor?n=${bytes}`, {
        method,
        headers: method === 'POST' ? { 'Content-Type': 'application/json' } : {},
        body: method === 'POST' ? JSON.stringify({ pad: 'x'.repeat(400) }) : undefined,
      })
      JSON.parse(await res.text())
    }
    const out: Record<string, number> = {}
    for (const [figure, e] of Object.entries(exchanges)) {
      const run = () => Promise.all(Array.from({ length: e.concurrent ?? 1 }, () => once(e)))
      for (let k = 0; k < warm; k++) await run()
      const times: number[] = []
      for (let i = 0; i < reps; i++) times.push(await timed(run))
      out[figure] = median(times)
    }
    return out
  } finally {
    child.kill()
  }
}
