import type { CaseInput } from '../api/schemas/case-fields.ts'
import { erisaNotice } from './rights-erisa.ts'
import { medicareAdvantageNotice } from './rights-medicare.ts'
import { washingtonGroupNotice, washingtonNotice } from './rights-washington.ts'

export { peerToPeerSource } from './sources.ts'

/** The rights a notice carries, chosen by line of business and group funding. */
export function noticeTemplateFor(input: Pick<CaseInput, 'lineOfBusiness' | 'groupFunding'>) {
  if (input.lineOfBusiness === 'medicare-advantage') return medicareAdvantageNotice
  if (input.lineOfBusiness === 'commercial-group')
    return input.groupFunding === 'self-funded' ? erisaNotice : washingtonGroupNotice
  return washingtonNotice
}
