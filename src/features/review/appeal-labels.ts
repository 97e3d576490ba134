import type {
  AppealChannel,
  AppealDecisionAction,
  AppealRequester,
} from '../../api/schemas/case.ts'

export const requesterLabels: Record<AppealRequester, string> = {
  member: 'The member',
  'provider-on-behalf': 'A provider on the member\u2019s behalf',
}

export const appealChannelLabels: Record<AppealChannel, string> = {
  electronic: 'Electronic (portal or API)',
  'fax-phone': 'Fax / phone',
  mail: 'Mail',
}

export const appealActionLabels: Record<AppealDecisionAction, string> = {
  approve: 'Approve on appeal (overturn the denial)',
  uphold: 'Uphold the denial',
}
