import { HttpResponse } from 'msw'
import type { Problem } from '../src/api/schemas/common.ts'

const problemTypes: Record<number, string> = {
  400: 'validation-error',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
  422: 'unprocessable',
  428: 'precondition-required',
  500: 'server-error',
}
const titles: Record<number, string> = {
  400: 'The request has invalid fields',
  401: 'Sign in to continue',
  403: 'Your role does not allow this action',
  404: 'Not found',
  409: 'Conflict',
  412: 'The case has changed since you loaded it',
  422: 'The request cannot be processed',
  428: 'An If-Match header is required',
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
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

/** Reads a JSON body without ever throwing: malformed JSON is the caller's 400. */
export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    const text = await request.text()
    return { ok: true, value: text === '' ? undefined : JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}
