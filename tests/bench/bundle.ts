// Bundle figures from Vite's manifest: what the first screen loads (the entry, its
// static imports, CSS, and the sign-in route a new user lands on) and each lazy route.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

type Chunk = {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
type Manifest = Record<string, Chunk>

export type BundleFigures = {
  build: string
  firstScreenJs: number
  firstScreenCss: number
  firstScreenFiles: string[]
  routeChunks: { route: string; js: number; css: number }[]
  msw: boolean
  /** The mock service's own chunks, loaded by dynamic import after the shell paints. */
  mockServiceJs: number
}

const gz = (dir: string, file: string) => gzipSync(readFileSync(join(dir, file))).length

function closure(manifest: Manifest, keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue
    seen.add(key)
    closure(manifest, manifest[key].imports ?? [], seen)
  }
  return seen
}

function sizes(dir: string, manifest: Manifest, keys: Iterable<string>) {
  let js = 0
  let css = 0
  const files: string[] = []
  const cssSeen = new Set<string>()
  for (const key of keys) {
    const chunk = manifest[key]!
    js += gz(dir, chunk.file)
    files.push(chunk.file)
    for (const c of chunk.css ?? []) {
      if (cssSeen.has(c)) continue
      cssSeen.add(c)
      css += gz(dir, c)
      files.push(c)
    }
  }
  return { js, css, files }
}

export function measureBundle(
  dir: string,
  build: string,
  firstRoute = 'src/app/routes/sign-in-route.tsx',
): BundleFigures {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!
  const entry = closure(manifest, [entryKey])
  const first = closure(manifest, [firstRoute], new Set(entry))
  const firstScreen = sizes(dir, manifest, first)
  const routeKeys = Object.keys(manifest).filter((k) => k.startsWith('src/app/routes/'))
  const routeChunks = routeKeys.map((key) => {
    const own = [...closure(manifest, [key])].filter((k) => !entry.has(k))
    const s = sizes(dir, manifest, own)
    return { route: key.replace('src/app/routes/', '').replace('.tsx', ''), js: s.js, css: s.css }
  })
  const msw = Object.keys(manifest).some(
    (k) => k.includes('mocks/') || k.includes('node_modules/msw'),
  )
  const mockService = manifest['mocks/browser.ts']
    ? [...closure(manifest, ['mocks/browser.ts'])].filter((k) => !entry.has(k))
    : []
  return {
    build,
    mockServiceJs: sizes(dir, manifest, mockService).js,
    firstScreenJs: firstScreen.js,
    firstScreenCss: firstScreen.css,
    firstScreenFiles: firstScreen.files,
    routeChunks,
    msw,
  }
}
