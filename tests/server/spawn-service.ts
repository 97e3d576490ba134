import { spawn, type ChildProcess } from 'node:child_process'

export type Spawned = {
  child: ChildProcess
  port: number
  base: string
  /** Everything the process wrote, stdout and stderr, so far. */
  output: () => string
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
}

/**
 * `server/main.ts` in a process of its own, on a port the system picks, as `npm run
 * serve` starts it (V8 told to compile WebAssembly once: the same code runs). Resolves
 * once it listens; rejects with its output if it exits first.
 */
export function spawnService(args: string[], env: Record<string, string | undefined> = {}) {
  const child = spawn(
    process.execPath,
    // --liftoff-only: PGlite's WebAssembly compiled once, not again in the background, as
    // in the test workers (vitest.server.config.ts): a second less CPU a start, measured.
    // SERVICE_NODE_ARGS: extra flags for the service's Node (e.g. `--cpu-prof`, to profile a bench).
    [
      '--liftoff-only',
      ...(process.env.SERVICE_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      'server/main.ts',
      '--port',
      '0',
      ...args,
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const ready = new Promise<Spawned>((resolve, reject) => {
    const look = () => {
      const m = /Criteria service on (http:\/\/[^:\s]+:(\d+))/.exec(out)
      if (m) resolve({ child, port: Number(m[2]), base: m[1]!, output: () => out, exited })
    }
    child.stdout!.on('data', look)
    void exited.then((code) => reject(new Error(`service exited ${code}: ${out}`)))
  })
  return { child, ready, exited, output: () => out }
}

/** The JSON lines a service logged so far (server/log.ts), in order. */
export const logLinesOf = (s: Pick<Spawned, 'output'>) =>
  s
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
