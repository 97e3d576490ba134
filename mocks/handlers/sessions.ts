import { HttpResponse } from 'msw'
import { signInInput } from '../../src/api/schemas/user.ts'
import { demoUsers } from '../data/users.ts'
import { readDb, writeDb } from '../db.ts'
import { problemResponse, readJsonBody } from '../http.ts'
import { requireUser, route } from './base.ts'

const SESSION_HOURS = 12

export const sessionHandlers = [
  route('get', '/demo-users', () => HttpResponse.json(demoUsers)),

  route('post', '/sessions', async ({ request }) => {
    const body = await readJsonBody(request)
    const parsed = body.ok ? signInInput.safeParse(body.value) : null
    if (!parsed?.success)
      return problemResponse(400, 'Choose a demo user.', {
        errors: { userId: ['Select a demo user'] },
      })
    const user = demoUsers.find((u) => u.id === parsed.data.userId)
    if (!user)
      return problemResponse(400, 'No such demo user.', {
        errors: { userId: ['Select a demo user'] },
      })
    const db = await readDb()
    const token = crypto.randomUUID()
    const createdAt = new Date().toISOString()
    db.sessions = { ...db.sessions, [token]: { userId: user.id, createdAt } }
    await writeDb(db)
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString()
    return HttpResponse.json({ token, user, expiresAt }, { status: 201 })
  }),

  route('delete', '/sessions/current', async ({ request }) => {
    const auth = await requireUser(request)
    if (!auth.ok) return auth.response
    const db = await readDb()
    delete db.sessions[auth.token]
    await writeDb(db)
    return new HttpResponse(null, { status: 204 })
  }),

  route('get', '/me', async ({ request }) => {
    const auth = await requireUser(request)
    return auth.ok ? HttpResponse.json(auth.user) : auth.response
  }),
]
