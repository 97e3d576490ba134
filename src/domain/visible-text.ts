/**
 * Characters that print nothing: white space, controls (NUL and the rest), format
 * characters (zero-width space and joiners, the byte-order mark, bidi marks), and the
 * fillers that render blank (Hangul fillers, the braille blank).
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/u

/**
 * A required text counts as given only if a person could read something in it
 * (docs/product-rules.md, Case entry): spaces, zero-width and other invisible characters alone are
 * empty. Used by the case rules and the decision rules, on the screen and in the service.
 */
export function hasVisibleText(value: string | null | undefined): boolean {
  if (!value) return false
  for (const ch of value) if (!INVISIBLE.test(ch)) return true
  return false
}
