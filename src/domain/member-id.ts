/**
 * Member ids are shown masked on lists and drafts: enough to tell two cases apart,
 * not enough to identify a member. The mask has a fixed width so it does not reveal
 * the id's length either.
 */
const MASK = '••••••'

/**
 * `••••••1234`. Ids shorter than 8 characters keep only their last 2 (`••••••34`), and
 * ids shorter than 4 keep nothing, so at most half of any id is ever shown.
 */
export function maskMemberId(id: string): string {
  const trimmed = id.trim()
  // A short id would be mostly revealed by its last 4, so it keeps fewer.
  const visible = trimmed.length >= 8 ? 4 : trimmed.length >= 4 ? 2 : 0
  return MASK + (visible > 0 ? trimmed.slice(-visible) : '')
}

/**
 * Member cards print ids in groups (`AB 1234-5678`); people copy them as printed. The
 * separators are not part of the id, so the form and the service both drop spaces and
 * hyphens before checking it, and the bare id is what is stored.
 */
export function normalizeMemberId(raw: string): string {
  return raw.replace(/[\s\u2010-\u2015-]/g, '')
}

/** A bare member ID as the case rules take it: 6 to 20 letters and digits. */
export const isValidMemberId = (id: string) => /^[A-Za-z0-9]{6,20}$/.test(id)
