import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The bench's floor: a bare React 19 page built with the same Vite and React plugin as
 * the app, doing the same work with nothing else (no router, no query cache, no mock
 * service). Built to a temporary folder by the bench; never part of the app's dist.
 */
const here = import.meta.dirname
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'error',
  build: {
    emptyOutDir: true,
    rollupOptions: {
      input: {
        signIn: resolve(here, 'index.html'),
        worklist: resolve(here, 'worklist.html'),
        evidence: resolve(here, 'evidence.html'),
      },
    },
  },
})
