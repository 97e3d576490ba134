import { expect } from 'vitest'

/**
 * Research notes belong on the compliance view, never on a member's or provider's
 * letter: no confirmation flags, no reminders to check a rule, no repository paths.
 */
export const INTERNAL_NOTE =
  /not confirmed|confirmed against|Check (the regulation|it) before|before sending|product brief|docs\/|\.md\b|Not read|could not be retrieved/i

export function expectNoInternalNote(letter: HTMLElement) {
  expect(letter.textContent).not.toMatch(INTERNAL_NOTE)
}
