import { json } from '../http.ts'
import { searchCodes } from '../code-search.ts'
import { policyLibrary } from '../data/library.ts'
import { readCaselessDb } from '../store.ts'
import { requireUser, route } from './base.ts'

export const codeHandlers = [
  route('get', '/codes', async ({ request }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
    const q = new URL(request.url).searchParams.get('q') ?? ''
    return json({ items: searchCodes(policyLibrary(await readCaselessDb()), q) })
  }),
]
