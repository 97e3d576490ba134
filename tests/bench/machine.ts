import { readFileSync } from 'node:fs'
import os from 'node:os'

/** The machine, named with its load at the start: figures from a busy machine say so. */
export function machineLine(): string {
  let model = os.cpus()[0]?.model ?? 'cpu'
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model
  } catch {
    // Not Linux: Node's name for the CPU will do.
  }
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
  const gib = Math.round(os.totalmem() / 2 ** 30)
  return `${os.availableParallelism()} × ${model}, ${gib} GiB, Node ${process.version}, load average at start ${load}`
}
