import { PGlite } from '@electric-sql/pglite'
import { cpSync, rmSync } from 'node:fs'
let t = Date.now()
rmSync('/tmp/h18-t1', { recursive: true, force: true })
const a = new PGlite('/tmp/h18-t1'); await a.waitReady; console.log('fresh', Date.now() - t); await a.close()
t = Date.now(); cpSync('/tmp/h18-t1', '/tmp/h18-t2', { recursive: true }); console.log('copy', Date.now() - t)
t = Date.now(); const b = new PGlite('/tmp/h18-t2'); await b.waitReady; console.log('reopen', Date.now() - t); await b.close()
t = Date.now(); const c = new PGlite(); await c.waitReady; console.log('memory', Date.now() - t)
t = Date.now(); const dump = await c.dumpDataDir('none'); console.log('dump', Date.now() - t, dump.size)
t = Date.now(); const d = new PGlite({ loadDataDir: dump }); await d.waitReady; console.log('load', Date.now() - t)
