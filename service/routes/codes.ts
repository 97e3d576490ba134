import { json } from '../http.ts'
import { searchCodes } from '../code-search.ts'
import { policyLibrary } from '../data/library.ts'
import { readCaselessDb } from '../store.ts'
import { route } from './base.ts'
import { searchText } from './doc-parts.ts'

export const codeHandlers = [
  route(
    'get',
    '/codes',
    {
      access: 'signed-in',
      doc: {
        summary: 'Look up service codes (by name for HCPCS Level II only; at most 20)',
        parameters: [searchText],
        responses: { 200: { schema: 'CodeLookup', description: 'Ranked codes' } },
      },
    },
    async ({ request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? ''
      return json({ items: searchCodes(policyLibrary(await readCaselessDb()), q) })
    },
  ),
]
