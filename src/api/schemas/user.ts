import * as z from 'zod/mini'

export const role = z.enum(['utilization-reviewer', 'medical-director'])
export type Role = z.infer<typeof role>

export const user = z.object({
  id: z.string(),
  name: z.string(),
  role,
  credentials: z.string(),
  /** Shown on a medical director's profile and recorded with each decision. */
  specialty: z.nullable(z.string()),
})
export type User = z.infer<typeof user>

export const demoUserList = z.array(user)

export const signInInput = z.object({ userId: z.string().check(z.minLength(1)) })
export const session = z.object({ token: z.string(), user, expiresAt: z.string() })
export type Session = z.infer<typeof session>
/** What the service may answer when a session ends: any part of the session. */
export const sessionEnded = z.partial(session)
