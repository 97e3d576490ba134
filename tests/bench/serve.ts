import { execFileSync } from 'node:child_process'
import { preview, type PreviewServer } from 'vite'

/** Builds the app into `outDir` with the given environment (the benchmark's own builds). */
export function build(outDir: string, env: Record<string, string>) {
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, ...env },
      stdio: 'inherit',
    },
  )
}

/** Serves a build as `vite preview` does, with the project's security headers. */
export async function serve(
  outDir: string,
  port: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  })
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}
