import { dirname, relative, resolve, sep } from 'node:path'

/**
 * The tree's import boundaries, checked on resolved paths (so `../../review/x` and an
 * alias-free absolute path are judged alike):
 * - a feature never imports another feature (routes in src/app compose them);
 * - src/ never imports mocks/ (the one dynamic import in src/main.tsx starts the mock);
 * - src/domain is pure logic: no React, and from src/api only types (`import type`): the
 *   domain owns the enums' values and the rules, and the schemas build on them.
 */
const root = process.cwd()
const parts = (file) => relative(root, file).split(sep)

export function problem(file, source, dynamic, typeOnly = false) {
  const from = parts(file)
  if (from[0] !== 'src') return null
  if (from[1] === 'domain' && /^react(-dom)?(\/|$)/.test(source))
    return 'src/domain is pure logic: it imports no React.'
  if (!source.startsWith('.')) return null
  const to = parts(resolve(dirname(file), source))
  if (from[1] === 'domain' && to[0] === 'src' && to[1] === 'api' && !typeOnly)
    return 'src/domain imports only types from src/api/ (import type): the values its rules need live in src/domain, and the schemas import them.'
  if (to[0] === 'mocks' && !(dynamic && from.join('/') === 'src/main.tsx'))
    return 'src/ never imports mocks/: the app talks to the criteria API through src/api/client.ts.'
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
