import type { Paragraph } from '../api/schemas/rich-text.ts'

/** Policy text without its emphasis and links: what a person reads, as one string. */
export function plainText(p: Paragraph): string {
  return p.map((i) => (typeof i === 'string' ? i : i.text)).join('')
}
