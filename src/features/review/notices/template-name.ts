import { letterProducts } from '../../../letters/letter-catalogue.ts'
import { productTemplate } from '../../../letters/template-versions.ts'

const kinds: Record<string, string> = {
  denial: 'Denial notice',
  'appeal-decision': 'Appeal decision notice',
}
const products = new Map(letterProducts.map((p) => [productTemplate(p.input), p.label]))

/**
 * A letter template as a reader names it ("Denial notice, Medicare Advantage"), in the
 * compliance view's words, not its id ("denial/medicare-advantage"). An id this app does
 * not know (a newer service) is shown as it is rather than guessed at.
 */
export function templateName(templateId: string): string {
  const [kind = '', product = ''] = templateId.split('/')
  const words = [kinds[kind], products.get(product as ReturnType<typeof productTemplate>)]
  return words.every(Boolean) ? words.join(', ') : templateId
}
