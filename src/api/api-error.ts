import type { Problem } from './schemas/common.ts'

export type ApiErrorKind =
  | 'problem' // the service answered with a problem document
  | 'network' // no answer: offline, refused, aborted
  | 'malformed' // an answer that is not the JSON it claims to be
  | 'invalid-response' // JSON that does not match the contract

/** Every failure of the criteria API reaches the screens as this one type. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number
  readonly problem: Problem | null

  constructor(kind: ApiErrorKind, message: string, status = 0, problem: Problem | null = null) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = status
    this.problem = problem
  }

  get fieldErrors(): Record<string, string[]> {
    return this.problem?.errors ?? {}
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

/** A sentence a person can act on, never a stack trace. */
export function describeError(e: unknown): string {
  if (!isApiError(e)) return 'Something went wrong in the app.'
  switch (e.kind) {
    case 'network':
      return 'The criteria service could not be reached. Check your connection and try again.'
    case 'malformed':
    case 'invalid-response':
      return 'The criteria service sent an answer the app could not read. Try again; if it keeps happening, tell the service desk.'
    case 'problem':
      if (e.status === 401) return 'Your session has ended. Sign in again to continue.'
      if (e.status === 403) return e.problem?.detail ?? 'Your role does not allow this action.'
      if (e.status >= 500) return 'The criteria service had a problem. Try again in a moment.'
      return e.problem?.detail ?? e.problem?.title ?? 'The request was not accepted.'
  }
}
