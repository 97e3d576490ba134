import type { AppealInput, AppealRequester } from '../api/schemas/case.ts'
import { appealChannelValues, appealRequesterValues, urgencyValues } from './case-values.ts'

/**
 * The appeal rules (docs/product-rules.md, Appeals), written once for the form and the service: who
 * asked, when it was received (not in the future, not before the denial; more than an
 * hour back needs a reason), standard or expedited, the channel and the reason given.
 * Whether the request came after the filing limit only the service knows (it holds
 * the rule); it then asks for a good-cause note with the same words as here.
 */
export type AppealValues = {
  requestedBy: string
  /** The received instant as parsed; null when missing or not a real date and time. */
  received: Date | null
  receivedGiven: boolean
  backdateReason: string
  urgency: string
  channel: string
  reasonGiven: string
  goodCauseNote: string
}
export type AppealField = Exclude<keyof AppealValues, 'received' | 'receivedGiven'> | 'receivedAt'
export type AppealErrors = Partial<Record<AppealField, string>>

const MAX_TEXT = 4000
const CLOCK_SKEW_MS = 5 * 60_000
const LATE_ENTRY_MS = 60 * 60_000
// Spaces, zero-width and other invisible characters alone are not an answer.
const VISIBLE = /[^\s\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/u

export const hasVisibleText = (v: string) => VISIBLE.test(v)
const tooLong = (v: string) => [...v.trim()].length > MAX_TEXT

export const GOOD_CAUSE_NEEDED = 'Enter the good cause for asking after the time limit'

export function appealErrors(v: AppealValues, now: Date, deniedAt: string): AppealErrors {
  const errors: AppealErrors = {}
  if (!appealRequesterValues.includes(v.requestedBy as AppealRequester))
    errors.requestedBy = 'Select who asked for the appeal'
  if (!v.receivedGiven) errors.receivedAt = 'Enter when the appeal was received'
  else if (!v.received) errors.receivedAt = 'Appeal received must be a real date and time'
  else if (v.received.getTime() > now.getTime() + CLOCK_SKEW_MS)
    errors.receivedAt = 'Appeal received cannot be in the future'
  // The form gives minutes: an appeal logged in the minute of the denial is not "before" it.
  else if (v.received.getTime() < Math.floor(Date.parse(deniedAt) / 60_000) * 60_000)
    errors.receivedAt = 'Appeal received cannot be before the denial'
  const late = v.received !== null && v.received.getTime() < now.getTime() - LATE_ENTRY_MS
  if (late && !hasVisibleText(v.backdateReason))
    errors.backdateReason =
      'Enter why the appeal is being entered more than an hour after it was received'
  if (!urgencyValues.includes(v.urgency as never)) errors.urgency = 'Select standard or expedited'
  if (!appealChannelValues.includes(v.channel as never))
    errors.channel = 'Select how the appeal arrived'
  if (!hasVisibleText(v.reasonGiven)) errors.reasonGiven = 'Enter the reason given for the appeal'
  for (const [field, label] of [
    ['backdateReason', 'Reason for late entry'],
    ['reasonGiven', 'Reason given'],
    ['goodCauseNote', 'Good cause'],
  ] as const)
    if (!errors[field] && tooLong(v[field]))
      errors[field] = `${label} must be 4,000 characters or fewer`
  return errors
}

/** The body sent and recorded: optional notes only when they say something. */
export function appealInputOf(v: AppealValues & { received: Date }): AppealInput {
  const note = (s: string) => (hasVisibleText(s) ? s.trim() : undefined)
  const backdateReason = note(v.backdateReason)
  const goodCauseNote = note(v.goodCauseNote)
  return {
    requestedBy: v.requestedBy as AppealInput['requestedBy'],
    receivedAt: v.received.toISOString(),
    ...(backdateReason ? { backdateReason } : {}),
    urgency: v.urgency as AppealInput['urgency'],
    channel: v.channel as AppealInput['channel'],
    reasonGiven: v.reasonGiven.trim(),
    ...(goodCauseNote ? { goodCauseNote } : {}),
  }
}
