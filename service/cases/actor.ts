import type { Actor } from '../../src/api/schemas/case.ts'
import type { User } from '../../src/api/schemas/user.ts'

/** Who did something, as a case records it: with the credentials and specialty a decision must show. */
export function actorOf(user: User): Actor {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    credentials: user.credentials,
    specialty: user.specialty,
  }
}
