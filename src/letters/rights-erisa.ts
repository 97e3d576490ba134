import { erisaDenialItems, federalExternalReview } from './erisa-items.ts'
import { NOT_HELD, type NoticeTemplate } from './notice-template.ts'
import { ERISA_CLAIMS as CFR } from './sources.ts'

/** Self-funded group plans (ERISA): 29 CFR 2560.503-1 and the federal external review. */
export const erisaNotice: NoticeTemplate = {
  id: 'erisa',
  appliesTo: 'Commercial self-funded (ERISA)',
  reasonSources: [
    {
      cite: '29 CFR 2560.503-1(g)(1)(i)',
      url: CFR,
      confirmed: true,
      note: 'Read: the notification shall set forth the specific reason or reasons for the adverse determination.',
    },
  ],
  sections: [
    {
      id: 'plan-provision',
      heading: 'The plan provision this decision is based on',
      paragraphs: [
        'This decision is based on the criterion stated above and on your plan’s provision on medical necessity.',
        NOT_HELD.planProvision,
      ],
      sources: [
        {
          cite: '29 CFR 2560.503-1(g)(1)(ii)',
          url: CFR,
          confirmed: true,
          note: 'Read: reference to the specific plan provisions on which the determination is based.',
        },
      ],
    },
    ...erisaDenialItems,
    {
      id: 'clinical-judgment',
      heading: 'The clinical judgment behind this decision',
      paragraphs: [
        'This is a medical-necessity decision. The physician’s explanation of the clinical judgment is the rationale stated above; a copy of the criteria relied on is free on request.',
      ],
      sources: [
        {
          cite: '29 CFR 2560.503-1(g)(1)(v)(A), (B)',
          url: CFR,
          confirmed: false,
          note: 'Not confirmed: the text of (g)(1)(v) could not be retrieved; plan documents restating it give both items (the internal rule or criterion, or that it is free on request; the scientific or clinical judgment, or that it is free on request).',
        },
      ],
    },
    federalExternalReview,
  ],
}
