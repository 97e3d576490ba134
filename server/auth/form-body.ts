import type { IncomingMessage } from 'node:http'

const MAX_FORM_BYTES = 10_000

/** An application/x-www-form-urlencoded body, at most MAX_FORM_BYTES (more is cut off). */
export async function readFormBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = ''
  for await (const chunk of req) {
    text += (chunk as Buffer).toString('utf8')
    if (text.length > MAX_FORM_BYTES) break
  }
  return new URLSearchParams(text.slice(0, MAX_FORM_BYTES))
}
