/**
 * National Provider Identifier check digit. CMS defines it as the Luhn check digit of
 * the nine-digit identifier prefixed with 80840 (the NPI's card issuer prefix), so a
 * mistyped digit is caught at the field instead of at claims time.
 */
const NPI = /^\d{10}$/
const PREFIX = '80840'

/** The check digit for the first nine digits of an NPI. */
export function npiCheckDigit(firstNine: string): number {
  const digits = PREFIX + firstNine
  let sum = 0
  // Luhn doubles every second digit from the right of the full number; the check
  // digit (not yet present) would be the rightmost, so double from the last digit here.
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(digits[i])
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

/** Ten digits whose last digit is the Luhn check digit computed with the 80840 prefix. */
export function isValidNpi(s: string): boolean {
  return NPI.test(s) && npiCheckDigit(s.slice(0, 9)) === Number(s[9])
}
