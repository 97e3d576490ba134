import type { ActorRole } from './schemas/case.ts'

/** A person's role, or a client system's, as the app names it beside a name. */
export const roleLabels: Record<ActorRole, string> = {
  'utilization-reviewer': 'Utilization reviewer',
  'medical-director': 'Medical director',
  'client-system': 'Client system',
}
