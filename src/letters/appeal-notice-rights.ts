import type { AppealDecisionAction } from '../api/schemas/case.ts'
import type { CaseInput } from '../api/schemas/case-fields.ts'
import { erisaAppealSections } from './appeal-rights-erisa.ts'
import { medicareAppealSections } from './appeal-rights-medicare.ts'
import {
  washingtonAppealSections,
  washingtonGroupAppealSections,
} from './appeal-rights-washington.ts'
import { noticeTemplateFor } from './notice-rights.ts'
import type { NoticeTemplateId, RightsSection } from './notice-template.ts'

const byTemplate: Record<NoticeTemplateId, Record<AppealDecisionAction, RightsSection[]>> = {
  'medicare-advantage': medicareAppealSections,
  washington: washingtonAppealSections,
  erisa: erisaAppealSections,
}

/**
 * What an appeal decision's notice says next, chosen like the first notice's rights (by
 * line of business and funding) and by the outcome, each with the rule it comes from.
 */
export function appealNoticeFor(
  input: Pick<CaseInput, 'lineOfBusiness' | 'groupFunding'>,
  action: AppealDecisionAction,
) {
  const template = noticeTemplateFor(input)
  const insuredGroup =
    input.lineOfBusiness === 'commercial-group' && input.groupFunding === 'fully-insured'
  return {
    id: template.id,
    appliesTo: template.appliesTo,
    reasonSources: template.reasonSources,
    sections: (insuredGroup ? washingtonGroupAppealSections : byTemplate[template.id])[action],
  }
}

export const allAppealSections = [
  ...Object.values(byTemplate),
  washingtonGroupAppealSections,
].flatMap((t) => [...t.approve, ...t.uphold])
