import { screen, within } from '@testing-library/react'
import { expect } from 'vitest'
import { plainText, type Paragraph } from '../../src/api/schemas/rich-text.ts'

/**
 * Finds the element whose whole text is exactly this paragraph of the data: emphasis and
 * links split a paragraph across elements, so a plain string query would not match.
 */
export function expectParagraph(p: Paragraph, container: HTMLElement = document.body) {
  const text = plainText(p)
  const matches = within(container).getAllByText(
    (_, el) => el?.tagName === 'P' && el.textContent === text,
  )
  expect(matches.length).toBeGreaterThan(0)
}

/** Each paragraph of a list, in order. */
export function expectParagraphs(ps: Paragraph[], container?: HTMLElement) {
  ps.forEach((p) => expectParagraph(p, container))
}

export function region(name: string | RegExp) {
  return screen.getByRole('region', { name })
}

/** Text a sighted reader sees: without the visually hidden words meant for screen readers. */
export function visibleText(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}
