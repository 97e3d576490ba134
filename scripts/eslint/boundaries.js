import { dirname, relative, resolve, sep } from 'node:path'

/**
 * The tree's import boundaries, checked on resolved paths (so `../../review/x` and an
 * alias-free absolute path are judged alike):
 * - a feature never imports another feature (routes in src/app compose them);
 * - src/ never imports mocks/ (the one dynamic import in src/main.tsx starts the mock,
 *   through mocks/start.ts) nor msw;
 * - src/domain is pure logic: no React, and from src/api only types (`import type`): the
 *   domain owns the enums' values and the rules, and the schemas build on them;
 * - the criteria service (service/) and its Node host (server/) never load msw or React;
 *   service/ imports neither mocks/ nor server/ (it runs in Node and, wrapped, in the
 *   page), and server/ imports nothing from mocks/: msw is the page's wrapper around the
 *   service app, and only the wrapper's own files (MSW_WRAPPER) import it.
 */
const root = process.cwd()
const parts = (file) => relative(root, file).split(sep)

/** The mock's msw wrapper around the service app: the only files that may import msw. */
export const MSW_WRAPPER = [
  'mocks/browser.ts',
  'mocks/start.ts',
  'mocks/node.ts',
  'mocks/faults.ts',
  'mocks/unload-outbox.ts',
  'mocks/handlers/index.ts',
  'mocks/handlers/mock-control.ts',
  'mocks/handlers/malformed-url.ts',
]
const isMsw = (source) => /^(msw|@mswjs\/)/.test(source)
const isReact = (source) => /^react(-dom)?(\/|$)/.test(source)

function serviceProblem(from, source, typeOnly) {
  const file = from.join('/')
  if (isReact(source)) return `${from[0]}/ is the criteria service: it imports no React.`
  if (isMsw(source) && !typeOnly && !MSW_WRAPPER.includes(file))
    return "Only the mock's wrapper imports msw: the criteria service answers without it (service/app.ts)."
  if (from[0] === 'mocks' || !source.startsWith('.')) return null
  const to = relative(root, resolve(root, dirname(file), source)).split(sep)
  if (to[0] === 'mocks') return `${from[0]}/ never loads the page's mock wrapper (mocks/).`
  if (from[0] === 'service' && to[0] === 'server')
    return 'service/ never imports server/: the service runs in Node and in the page alike.'
  return null
}

export function problem(file, source, dynamic, typeOnly = false) {
  const from = parts(file)
  if (['server', 'service', 'mocks'].includes(from[0]))
    return serviceProblem(from, source, typeOnly)
  if (from[0] !== 'src') return null
  if (isMsw(source) && !typeOnly)
    return 'src/ never imports msw: the page starts the mock through mocks/start.ts.'
  if (from[1] === 'domain' && /^react(-dom)?(\/|$)/.test(source))
    return 'src/domain is pure logic: it imports no React.'
  if (!source.startsWith('.')) return null
  const to = parts(resolve(dirname(file), source))
  if (from[1] === 'domain' && to[0] === 'src' && to[1] === 'api' && !typeOnly)
    return 'src/domain imports only types from src/api/ (import type): the values its rules need live in src/domain, and the schemas import them.'
  if (to[0] === 'mocks' && !(dynamic && from.join('/') === 'src/main.tsx'))
    return 'src/ never imports mocks/: the app talks to the criteria API through src/api/client.ts.'
  if (to[0] === 'service')
    return 'src/ never imports service/: the app talks to the criteria API through src/api/client.ts.'
  if (from[1] === 'features' && to[0] === 'src' && to[1] === 'features' && to[2] !== from[2])
    return `Features do not import each other (${from[2]} → ${to[2]}): compose them in src/app, or move the shared piece down to components/, api/ or domain/.`
  return null
}

const zones = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const check = (node, dynamic) => {
      const source = node.source
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      // `import type { A }` and `import { type A, type B }` vanish when compiled.
      const specifiers = node.specifiers ?? []
      const typeOnly =
        node.importKind === 'type' ||
        node.exportKind === 'type' ||
        (specifiers.length > 0 &&
          specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'))
      const message = problem(context.filename, source.value, dynamic, typeOnly)
      if (message) context.report({ node: source, message })
    }
    return {
      ImportDeclaration: (node) => check(node, false),
      ExportNamedDeclaration: (node) => check(node, false),
      ExportAllDeclaration: (node) => check(node, false),
      ImportExpression: (node) => check(node, true),
    }
  },
}

export default { rules: { zones } }
