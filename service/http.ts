import type { Problem } from '../src/api/schemas/common.ts'

const utf8 = new TextEncoder()

/**
 * A JSON answer, as msw's HttpResponse.json makes it but a plain Response (the service
 * runs without msw) and sized by encoding: msw sizes the body with `new Blob([text])`,
 * which Chromium registers with the browser process, on every answer of the in-page mock.
 */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const text = JSON.stringify(body) ?? ''
  const headers = new Headers(init.headers)
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
  if (!headers.has('Content-Length'))
    headers.set('Content-Length', String(utf8.encode(text).length))
  return new Response(text, { ...init, headers })
}

const problemTypes: Record<number, string> = {
  400: 'validation-error',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'content-too-large',
  422: 'unprocessable',
  428: 'precondition-required',
  429: 'too-many',
  500: 'server-error',
}
const titles: Record<number, string> = {
  400: 'The request has invalid fields',
  401: 'Sign in to continue',
  403: 'Your role does not allow this action',
  404: 'Not found',
  405: 'This address does not take that method',
  409: 'Conflict',
  412: 'The case has changed since you loaded it',
  413: 'The request body is too large',
  422: 'The request cannot be processed',
  428: 'An If-Match header is required',
  429: 'Too many kept at once',
  500: 'The service had a problem',
}

/** An RFC 9457 problem document. */
export function problemResponse(
  status: number,
  detail?: string,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
) {
  const body: Problem = {
    type: `https://criteria-review.example/problems/${problemTypes[status] ?? 'error'}`,
    title: titles[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...extra,
  }
  return json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

/** Far above any honest body (a case with 4,000-character notes is under 40 kB). */
export const MAX_BODY_BYTES = 1_000_000
/** The deepest honest body (a policy) nests under 10 levels. */
export const MAX_BODY_DEPTH = 64

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response }

/**
 * Reads a JSON body without ever throwing: malformed JSON is a 400, a body over
 * MAX_BODY_BYTES a 413, one nested deeper than MAX_BODY_DEPTH a 400, each a problem
 * document. Size and depth are checked on the text, before parsing, so nothing later
 * (validation, hashing for the Idempotency-Key) ever meets an unbounded value.
 */
export async function readJsonBody(
  request: Request,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<JsonBody> {
  let text: string
  try {
    text = await request.text()
  } catch {
    return { ok: false, response: problemResponse(400, 'The request body could not be read.') }
  }
  if (new TextEncoder().encode(text).length > maxBytes)
    return {
      ok: false,
      response: problemResponse(413, `Send a request body of at most ${maxBytes} bytes.`),
    }
  if (jsonDepth(text) > MAX_BODY_DEPTH)
    return {
      ok: false,
      response: problemResponse(
        400,
        `The request body nests deeper than ${MAX_BODY_DEPTH} levels.`,
      ),
    }
  let value: unknown
  try {
    value = text === '' ? undefined : JSON.parse(text)
  } catch {
    return { ok: false, response: problemResponse(400, 'The request body is not valid JSON.') }
  }
  const bad = unstorableText(value)
  if (bad !== null)
    return {
      ok: false,
      response: problemResponse(400, `The text in ${bad || 'the body'} cannot be stored.`, {
        errors: { [bad || 'body']: [UNSTORABLE] },
      }),
    }
  return { ok: true, value }
}

const UNSTORABLE =
  'Remove the NUL character or the broken character (a lone surrogate) from this text'
// NUL, and a UTF-16 surrogate without its pair: no database text type can hold either.
// eslint-disable-next-line no-control-regex -- NUL is the character this refuses
const BROKEN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * The path (`values.rationale`, `entry.0.resource`) of the first key or string value
 * holding text that cannot be stored, '' for the body itself, or null when all is well.
 * Iterative: the depth is already bounded, but a wide body must not recurse either.
 */
export function unstorableText(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']]
  while (stack.length) {
    const [v, path] = stack.pop()!
    if (typeof v === 'string') {
      if (BROKEN.test(v)) return path
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k
        if (BROKEN.test(k)) return at
        stack.push([child, at])
      }
    }
  }
  return null
}

/** The deepest nesting of arrays and objects in JSON text, in one pass without recursion. */
export function jsonDepth(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (ch === '{' || ch === '[') max = Math.max(max, ++depth)
    else if (ch === '}' || ch === ']') depth--
  }
  return max
}
