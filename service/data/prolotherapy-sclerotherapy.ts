import type { PolicyDetail } from '../../src/api/schemas/policy.ts'

/**
 * Kaiser Foundation Health Plan of Washington, Clinical Review Criteria
 * "Prolotherapy/Sclerotherapy", transcribed verbatim from
 * tests/fixtures/prolotherapy-sclerotherapy.source.txt (checked by
 * tests/unit/policy-fidelity.test.ts).
 *
 * - Emphasis and links of the source are typed spans, never markup in strings.
 * - The inline labels of the source ("NOTICE:", "Evidence Conclusion:", "Articles:",
 *   "*Note:") are kept as bold spans at the start of their paragraph.
 * - Asterisks that are text in the source ("*Note:", "**To verify") stay literal.
 * - Study facts are quoted only where the source attributes them to that study;
 *   otherwise null ("Not stated in the criteria document"). The 1999 conclusion does
 *   not say which trial is Ongley's and which is Klein's, so it stays with the review.
 * - The source's own inconsistency is kept: the first review is headed 06/09/1999 while
 *   the 2002 review says it was "previously reviewed by MTAC in April 1999".
 * - The source's revision history table is empty.
 */
export const prolotherapySclerotherapy: PolicyDetail = {
  id: 'prolotherapy-sclerotherapy',
  title: 'Prolotherapy/Sclerotherapy',
  organization: 'Kaiser Foundation Health Plan of Washington',
  documentType: 'Clinical Review Criteria',

  notice: [
    [
      { text: 'NOTICE:', bold: true },
      ' Kaiser Foundation Health Plan of Washington and Kaiser Foundation Health Plan of Washington Options, Inc. (Kaiser Permanente) provide these Clinical Review Criteria for internal use by their members and health care providers. The Clinical Review Criteria only apply to Kaiser Foundation Health Plan of Washington and Kaiser Foundation Health Plan of Washington Options, Inc. Use of the Clinical Review Criteria or any Kaiser Permanente entity name, logo, trade name, trademark, or service mark for marketing or publicity purposes, including on any website, or in any press release or promotional material, is strictly prohibited.',
    ],
    [
      "Kaiser Permanente Clinical Review Criteria are developed to assist in administering plan benefits. These criteria neither offer medical advice nor guarantee coverage. Kaiser Permanente reserves the exclusive right to modify, revoke, suspend or change any or all of these Clinical Review Criteria, at Kaiser Permanente's sole discretion, at any time, with or without notice. ",
      {
        text: "Member contracts differ in health plan benefits. Always consult the patient's Evidence of Coverage or call Kaiser Permanente Member Services at 1-888-901-4636 (TTY 711), Monday through Friday, 8 a.m. to 5 p.m. to determine coverage for a specific medical service.",
        bold: true,
      },
    ],
  ],

  criteriaHeading: 'Criteria',
  criteriaSets: [
    {
      id: 'medicare',
      heading: 'For Medicare Members',
      columns: ['Source', 'Policy'],
      rows: [
        { id: 'cms-coverage-manuals', label: ['CMS Coverage Manuals'], policy: ['None'] },
        {
          id: 'ncd',
          label: ['National Coverage Determinations (NCD)'],
          policy: [
            {
              text: 'Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents (150.7)',
              link: {
                kind: 'ncd',
                number: '150.7',
                title:
                  'Prolotherapy, Joint Sclerotherapy, and Ligamentous Injections with Sclerosing Agents',
              },
            },
            ' ',
            { text: 'This service is not covered per Medicare criteria.', italic: true },
          ],
          decides: true,
        },
        { id: 'lcd', label: ['Local Coverage Determinations (LCD)'], policy: ['None'] },
        { id: 'local-coverage-article', label: ['Local Coverage Article'], policy: ['None'] },
      ],
      outcome: 'not-covered-medicare',
    },
    {
      id: 'non-medicare',
      heading: 'For Non-Medicare Members',
      columns: ['Service', 'Policy'],
      rows: [
        {
          id: 'any-indication',
          label: ['Prolotherapy/Sclerotherapy for ', { text: 'ANY', bold: true }, ' indication'],
          policy: [
            'There is insufficient evidence in the published medical literature to show that this service/therapy is as safe as standard services/therapies and/or provides better long-term outcomes than current standard services/therapies.',
          ],
          decides: true,
        },
      ],
      outcome: 'not-medically-necessary',
    },
  ],

  backgroundNote: [
    [
      'The following information was used in the development of this document and is provided as background only. It is provided for historical purposes and does not necessarily reflect the most current published literature. When significant new articles are published that impact treatment option, Kaiser Permanente will review as needed. This information is not to be used as coverage criteria. Please only refer to the criteria listed above for coverage determinations.',
    ],
  ],
  backgroundHeading: 'Background',
  background: [
    [
      'Back pain is the most prevalent musculoskeletal condition encountered in primary care and is estimated to affect 65-80% of people during their life. The majority of back pain is benign, self-limiting and requires symptomatic therapy only. Back pain is often related to muscular, tendon or ligament strain or injury. Common treatments include physical therapy, steroidal and nonsteroidal anti-inflammatory drugs and chiropractic manipulation. One proposed treatment for chronic low back pain, which is resistant to other treatments, is the injection of sclerosing compounds into back tissue to produce scarring and potentially stabilize soft tissue in the area of the injury.',
    ],
    [
      'Prolotherapy, also called sclerotherapy and proliferative injection therapy, has been used as a treatment for chronic low-back pain since the 1950s (Dechow). Sclerosing agents are injected into the fibro-osseous junctions of the lower back. The rationale for using prolotherapy is that the injection of irritant solutions into a pain site will initiate local inflammation. The inflammation then begins a cascade of wound healing which results in the deposition of new collagen and stronger ligaments (Banks).',
    ],
  ],

  mtacHeading: 'Medical Technology Assessment Committee (MTAC)',
  mtacReviews: [
    {
      id: 'mtac-1999-06-09',
      date: '1999-06-09',
      heading: '06/09/1999: MTAC REVIEW',
      topic: 'Prolotherapy/Sclerotherapy for Low Back Pain',
      evidenceConclusion: [
        [
          { text: 'Evidence Conclusion:', bold: true },
          ' The published evidence consists of two randomized trials, one showing a 1.5-point improvement (7.5-point visual analogue scale) in pain and a 4.9 point improvement (33 item scale) in disability between the proliferant and placebo groups at 6 months. The experimental regimen also included injectable steroids, forceful spinal manipulation and different anesthetic volumes, therefore differences between experimental and placebo groups cannot be attributed only to proliferant. The second trial reports a less than 1-point difference in pain and disability scores between proliferant and placebo at 6 months. Overall, there is weak evidence that an intensive intervention (including proliferant) produces a statistically and clinically significant improvement in pain and disability. When proliferant and placebo are directly compared, there is weak evidence that proliferant provides no additional benefit compared to placebo.',
        ],
      ],
      articles: [
        [
          { text: 'Articles:', bold: true },
          ' Ongley, MJ, et al, A New Approach to the Treatment of Chronic Low Back Pain, 1987, ',
          { text: 'Lancet', italic: true },
          ', ii: 143-148. See ',
          { text: 'Evidence Table', link: { kind: 'evidence-row', studyId: 'ongley-1987' } },
          '. Klein, RG, et al, A Randomized Double-Blind Trial of Dextrose-Glycerine-Phenol Injections for Chronic Low Back Pain, ',
          { text: 'Journal of Spinal Disorders', italic: true },
          ', 1993, 6:23-33 See ',
          { text: 'Evidence Table', link: { kind: 'evidence-row', studyId: 'klein-1993' } },
          '.',
        ],
      ],
      studyIds: ['ongley-1987', 'klein-1993'],
      verdict: [
        'The use of prolo/sclerotherapy in the treatment of low back pain does not meet the ',
        { text: 'Kaiser Permanente Medical Technology Assessment Criteria', italic: true },
        '.',
      ],
    },
    {
      id: 'mtac-2002-04-10',
      date: '2002-04-10',
      heading: '04/10/2002: MTAC REVIEW',
      topic: 'Prolotherapy/Sclerotherapy for Low Back Pain',
      evidenceConclusion: [
        [
          { text: 'Evidence Conclusion:', bold: true },
          ' One new RCT was identified on prolotherapy/sclerotherapy for low back pain (Dechow). This was a valid RCT that compared three, once-weekly injections with sclerosing agents to placebo injections. The authors did not find statistically significant differences in pain, disability or spinal flexion between groups. There was clearly no effect of the intervention on disability, but it is possible that there could be smaller, yet clinically significant differences in pain or spinal flexion that this study was unable to detect.',
        ],
        [
          'Prolotherapy/sclerotherapy was previously reviewed by MTAC in April 1999. In the first MTAC review, two RCTs were critically appraised. Both were limited in that the treatment group received multiple interventions so the effectiveness of prolotherapy itself could not be determined. In summary, there is insufficient evidence that prolotherapy/sclerotherapy as a stand-alone intervention is effective for reducing low back pain. The results of one RCT powered to detect a 50% reduction in pain levels between groups suggest that it may be an ineffective intervention.',
        ],
      ],
      articles: [
        [
          { text: 'Articles:', bold: true },
          ' The search yielded six articles. There were two empirical studies, one of which was included in the initial MTAC review in 1999. The other study, an RCT, was evaluated. No additional empirical studies were identified from the appeal materials. The following article was critically appraised: Dechow E, Davies RK, Carr AJ, Thompson PW. A randomized, double-blind, placebo-controlled trial of sclerosing injections in patients with chronic low back pain. ',
          { text: 'Rheumatology', italic: true },
          ' 1999; 38:1255-59. See ',
          { text: 'Evidence Table', link: { kind: 'evidence-row', studyId: 'dechow-1999' } },
          '.',
        ],
      ],
      studyIds: ['dechow-1999'],
      verdict: [
        'The use of prolo/sclerotherapy in the treatment of low back pain does not meet the ',
        { text: 'Kaiser Permanente Medical Technology Assessment Criteria', italic: true },
        '.',
      ],
    },
  ],

  // Facts are quoted only where the source attributes them to that study; null renders
  // as "Not stated in the criteria document".
  studies: [
    {
      id: 'ongley-1987',
      reviewId: 'mtac-1999-06-09',
      authors: 'Ongley, MJ, et al',
      year: 1987,
      title: 'A New Approach to the Treatment of Chronic Low Back Pain',
      journal: 'Lancet',
      volumePages: 'ii: 143-148',
      citation: [
        'Ongley, MJ, et al, A New Approach to the Treatment of Chronic Low Back Pain, 1987, ',
        { text: 'Lancet', italic: true },
        ', ii: 143-148.',
      ],
      // The 1999 conclusion describes "two randomized trials" without naming either.
      design: null,
      interventionComparator: null,
      followUp: null,
      outcomes: null,
      findings: null,
      limitations: null,
      howUsed: null,
    },
    {
      id: 'klein-1993',
      reviewId: 'mtac-1999-06-09',
      authors: 'Klein, RG, et al',
      year: 1993,
      title:
        'A Randomized Double-Blind Trial of Dextrose-Glycerine-Phenol Injections for Chronic Low Back Pain',
      journal: 'Journal of Spinal Disorders',
      volumePages: '6:23-33',
      citation: [
        'Klein, RG, et al, A Randomized Double-Blind Trial of Dextrose-Glycerine-Phenol Injections for Chronic Low Back Pain, ',
        { text: 'Journal of Spinal Disorders', italic: true },
        ', 1993, 6:23-33',
      ],
      design: null,
      interventionComparator: null,
      followUp: null,
      outcomes: null,
      findings: null,
      limitations: null,
      howUsed: null,
    },
    {
      id: 'dechow-1999',
      reviewId: 'mtac-2002-04-10',
      authors: 'Dechow E, Davies RK, Carr AJ, Thompson PW',
      year: 1999,
      title:
        'A randomized, double-blind, placebo-controlled trial of sclerosing injections in patients with chronic low back pain',
      journal: 'Rheumatology',
      volumePages: '38:1255-59',
      citation: [
        'Dechow E, Davies RK, Carr AJ, Thompson PW. A randomized, double-blind, placebo-controlled trial of sclerosing injections in patients with chronic low back pain. ',
        { text: 'Rheumatology', italic: true },
        ' 1999; 38:1255-59.',
      ],
      design: [
        'This was a valid RCT that compared three, once-weekly injections with sclerosing agents to placebo injections.',
      ],
      interventionComparator: [
        'compared three, once-weekly injections with sclerosing agents to placebo injections',
      ],
      followUp: null,
      outcomes: ['pain, disability or spinal flexion'],
      findings: [
        'The authors did not find statistically significant differences in pain, disability or spinal flexion between groups.',
      ],
      limitations: [
        'There was clearly no effect of the intervention on disability, but it is possible that there could be smaller, yet clinically significant differences in pain or spinal flexion that this study was unable to detect.',
      ],
      howUsed: ['The following article was critically appraised:'],
    },
  ],

  codesHeading: 'Applicable Codes',
  codeGroups: [
    {
      heading: 'Considered Not Medically Necessary:',
      columns: ['CPT® or HCPC Codes', 'Description'],
      codes: [{ code: 'M0076', system: 'HCPCS', description: 'Prolotherapy' }],
    },
  ],
  codeNotes: [
    [
      { text: '*Note:', bold: true },
      ' Codes may not be all-inclusive. Deleted codes and codes not in effect at the time of service may not be covered.',
    ],
    [
      '**To verify authorization requirements for a specific code by plan type, please use the ',
      { text: 'Pre-authorization Code Check', link: { kind: 'code-check' } },
      '.',
    ],
    [
      'CPT codes, descriptions and materials are copyrighted by the American Medical Association (AMA). HCPCS codes, descriptions and materials are copyrighted by Centers for Medicare Services (CMS).',
    ],
  ],

  dates: {
    columns: ['Date Created', 'Date Reviewed', 'Date Last Revised'],
    created: '04/1999',
    reviewed: [
      { asWritten: '04/05/2011', date: '2011-04-05', committee: 'MDCRPC' },
      { asWritten: '02/07/2012', date: '2012-02-07', committee: 'MDCRPC' },
      { asWritten: '12/04/2012', date: '2012-12-04', committee: 'MDCRPC' },
      { asWritten: '12/01/2013', date: '2013-12-01', committee: 'MPC' },
      { asWritten: '08/05/2014', date: '2014-08-05', committee: 'MPC' },
      { asWritten: '06/02/2015', date: '2015-06-02', committee: 'MPC' },
      { asWritten: '04/05/2016', date: '2016-04-05', committee: 'MPC' },
      { asWritten: '02/07/2017', date: '2017-02-07', committee: 'MPC' },
      { asWritten: '12/05/2017', date: '2017-12-05', committee: 'MPC' },
      { asWritten: '11/06/2018', date: '2018-11-06', committee: 'MPC' },
      { asWritten: '11/05/2019', date: '2019-11-05', committee: 'MPC' },
      { asWritten: '11/03/2020', date: '2020-11-03', committee: 'MPC' },
      { asWritten: '11/02/2021', date: '2021-11-02', committee: 'MPC' },
      { asWritten: '11/01/2022', date: '2022-11-01', committee: 'MPC' },
      { asWritten: '11/07/2023', date: '2023-11-07', committee: 'MPC' },
    ],
    lastRevised: '04/05/2011',
    lastRevisedDate: '2011-04-05',
  },
  committees: [
    { abbreviation: 'MDCRPC', name: 'Medical Director Clinical Review and Policy Committee' },
    { abbreviation: 'MPC', name: 'Medical Policy Committee' },
  ],
  revisionHistory: {
    columns: ['Revision History', 'Description'],
    // The source's revision history table has a header row and no entries.
    entries: [],
  },
}
