import { chmodSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const LOCK = 'criteria-service.lock'

/**
 * PGlite is one process's database: a second process on the same folder sees only its
 * own writes and can corrupt the folder. So the folder is claimed with a lock file naming
 * this process, before PGlite opens it; a lock whose process is gone (a crash, kill -9)
 * is taken over. The folder is private to its owner: it holds members' data.
 * Returns the release, called when the database closes.
 */
export function claimDataFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  chmodSync(dir, 0o700)
  const file = join(dir, LOCK)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 })
      return () => {
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file)
        } catch {
          // Already gone: nothing to release.
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number(readFileSync(file, 'utf8').trim())
    if (Number.isInteger(holder) && holder > 0 && alive(holder))
      throw new Error(
        `the data folder ${dir} is in use by another criteria service (process ${holder}). ` +
          'Stop that one first, or give this one another folder with --data.',
      )
    unlinkSync(file)
  }
  throw new Error(`the data folder ${dir} could not be claimed: its lock file keeps changing.`)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
