/**
 * A notice's rights, as data: each section says what the member (or provider) may do,
 * in plain words the app writes, and cites the rule that requires it. A letter prints
 * the statement and its cite only. Whether the rule's own text was read and matched,
 * and what was read, is research for the compliance view (/compliance), never for the
 * member or provider: `confirmed` and `note` are never printed on a letter.
 */
export type Citation = {
  /** The source as the letter prints it: a legal cite, never a note or a file path. */
  cite: string
  url: string | null
  confirmed: boolean
  /** What was checked and where, or why it could not be (compliance view only). */
  note: string
  /** False for a plan rule or a known gap: listed on the compliance view, not printed. */
  printed?: boolean
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
  /** The rules that require a specific reason for the denial, printed under it. */
  reasonSources: Citation[]
  sections: RightsSection[]
}

/** Words for what the app does not hold: shown in place, plainly, never invented. */
export const NOT_HELD = {
  member:
    'Member name and address: no enrollment record was on file for this member when the case was entered',
  provider:
    'Requesting provider name and address: no provider directory entry was on file when the case was entered',
  planContact:
    'The plan’s appeals address, telephone and TTY numbers: from the plan (not held by this app)',
  planProvision:
    'The plan document section relied on: from the plan’s documents (not held by this app)',
  umLine: 'The utilization management telephone line: from the plan (not held by this app)',
  planAddress: 'The plan’s return address: from the plan (not held by this app)',
} as const
