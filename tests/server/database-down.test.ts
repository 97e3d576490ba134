import { describe, expect, it } from 'vitest'
import { call } from '../api/helpers.ts'
import { signInAs } from '../support/sign-in.ts'
import { current } from './current.ts'

// Its own file: it stops this file's database.
describe('the criteria service without its database', () => {
  it('answers 503 problem documents, never a half answer', async () => {
    const token = await signInAs('u-rev-1')
    expect((await call('/me', { token })).status).toBe(200)
    await current.server!.db.destroy()
    for (const answer of [
      await call('/me', { token }),
      await call('/cases', { token }),
      await call('/drafts', { token }),
    ]) {
      expect(answer.status).toBe(503)
      expect(answer.headers.get('Content-Type')).toContain('application/problem+json')
      expect(answer.headers.get('Retry-After')).toBe('5')
      expect(answer.body).toMatchObject({ status: 503, title: 'Service unavailable' })
    }
  })
})
