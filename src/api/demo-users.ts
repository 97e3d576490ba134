import type { User } from './schemas/user.ts'

/**
 * Synthetic demo users: two utilization reviewers, two medical directors. The mock and
 * the demo server serve them (service/data/users.ts); the demo build ships them with the
 * sign-in screen too (shipped-demo-users.ts).
 */
export const demoUsers: User[] = [
  {
    id: 'u-rev-1',
    name: 'Jordan Rivers',
    role: 'utilization-reviewer',
    credentials: 'RN',
    specialty: null,
  },
  {
    id: 'u-rev-2',
    name: 'Casey Morgan',
    role: 'utilization-reviewer',
    credentials: 'UM coordinator',
    specialty: null,
  },
  {
    id: 'u-md-1',
    name: 'Dr. Avery Lindqvist',
    role: 'medical-director',
    credentials: 'MD',
    specialty: 'Physical Medicine and Rehabilitation',
  },
  {
    id: 'u-md-2',
    name: 'Dr. Rowan Okafor',
    role: 'medical-director',
    credentials: 'DO',
    specialty: 'Family Medicine',
  },
]
