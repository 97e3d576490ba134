import { http } from 'msw'
import { problemResponse } from '../../service/http.ts'
import { apiBase } from '../../service/routes/base.ts'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const underBase = /^https?:\/\//.test(apiBase)
  ? new RegExp(`^${escape(apiBase)}(?:[/?#]|$)`)
  : new RegExp(`^https?://[^/]+${escape(apiBase)}(?:[/?#]|$)`)

/**
 * First in the list: MSW decodes path parameters while matching, and a broken escape
 * such as '/cases/%E0%A4%A' throws there, before any handler of ours could answer. A
 * RegExp path is not decoded, so this catches such addresses and answers 400.
 */
export const malformedUrlHandler = http.all(underBase, ({ request }) => {
  try {
    decodeURIComponent(new URL(request.url).pathname)
    return undefined
  } catch {
    return problemResponse(400, 'The address has a malformed percent-encoding.')
  }
})
