import { parseArgs } from 'node:util'
import { start } from './start.ts'

/**
 * `npm run serve -- [--port N] [--data DIR] [--host H] [--no-demo-cases]`. With
 * DATABASE_URL=postgres://… set, Postgres; otherwise PGlite in DIR (default ./data).
 */
const usage =
  'Usage: npm run serve -- [--port 8080] [--data ./data] [--host 127.0.0.1] [--no-demo-cases]'

async function main() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        port: { type: 'string', default: process.env.PORT ?? '8080' },
        data: { type: 'string', default: process.env.DATA_DIR ?? './data' },
        host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
        app: { type: 'string', default: 'dist-no-mock' },
        'no-demo-cases': { type: 'boolean', default: false },
      },
    }))
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`)
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port: not a port: ${values.port}`)
  const url = process.env.DATABASE_URL
  const server = await start({
    port,
    host: values.host,
    appDir: values.app,
    where: url ? { databaseUrl: url } : { dataDir: values.data },
    demoCases: !values['no-demo-cases'],
    allowedHosts: process.env.ALLOWED_HOSTS,
  }).catch((error: unknown) => fail((error as Error).message))
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

function fail(message: string): never {
  console.error(`criteria service: ${message}`)
  process.exit(1)
}

void main()
