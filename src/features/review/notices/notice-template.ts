/**
 * A notice's rights, as data: each section says what the member (or provider) may do,
 * in plain words the app writes, and cites the rule that requires it. `confirmed` says
 * whether the rule's own text was read and matched when this data was written; where it
 * was not, the note says so and the section is shown flagged, never silently trusted.
 */
export type Citation = {
  cite: string
  url: string | null
  confirmed: boolean
  /** What was checked, or why it could not be. */
  note: string
}

export type RightsSection = {
  id: string
  heading: string
  paragraphs: string[]
  sources: Citation[]
}

export type NoticeTemplateId = 'medicare-advantage' | 'washington' | 'erisa'

export type NoticeTemplate = {
  id: NoticeTemplateId
  /** Which members it is for, as the notice says it. */
  appliesTo: string
  sections: RightsSection[]
}

/** Words for what the app does not hold: shown in place, plainly, never invented. */
export const NOT_HELD = {
  memberName: 'Member name: from enrollment (not held by this app)',
  memberAddress: 'Member address: from enrollment (not held by this app)',
  providerName:
    'Requesting provider name and address: from the provider directory (not held by this app)',
  planContact:
    'The plan’s appeals address, telephone and TTY numbers: from the plan (not held by this app)',
  planProvision:
    'The plan document section relied on: from the plan’s documents (not held by this app)',
  umLine: 'The utilization management telephone line: from the plan (not held by this app)',
} as const
