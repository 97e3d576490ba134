import type { Role } from './schemas/user.ts'

export const roleLabels: Record<Role, string> = {
  'utilization-reviewer': 'Utilization reviewer',
  'medical-director': 'Medical director',
}
