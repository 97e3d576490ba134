import type { PolicyResponse } from '../../api/schemas/policy.ts'
import { RichParagraphs } from '../../components/rich-text.tsx'
import { CodeGroups } from './code-groups.tsx'
import { PolicyCriteriaSet } from './policy-criteria-set.tsx'
import { MtacReviews } from './mtac-reviews.tsx'
import { policyContents } from './policy-contents.ts'
import { PolicyDates } from './policy-dates.tsx'
import { PolicySection } from './policy-section.tsx'
import { PolicyTitleBlock } from './policy-title-block.tsx'
import { PolicyToc } from './policy-toc.tsx'
import { ReviewTimeline } from './review-timeline.tsx'
import { RevisionHistory } from './revision-history.tsx'
import './policies.css'
import './policy-print.css'

/**
 * The whole criteria document in source order, every word from the data. The source's
 * inline labels ("NOTICE:", "Evidence Conclusion:", "Articles:", "*Note:") are bold
 * spans inside the data, so no label is added here.
 */
export function PolicyDocument({
  policy,
  embedded = false,
}: {
  policy: PolicyResponse
  /** Beside a case (its reading panel): the panel names the policy and lists its parts. */
  embedded?: boolean
}) {
  const id = policy.id
  return (
    <div className={embedded ? 'policy-layout policy-layout--embedded' : 'policy-layout'}>
      {!embedded && <PolicyTitleBlock policy={policy} />}
      {!embedded && <PolicyToc entries={policyContents(policy)} />}
      <div className="policy-document">
        <PolicySection id="notice" heading="Notice" headingHidden>
          <RichParagraphs value={policy.notice} policyId={id} />
        </PolicySection>
        <PolicySection id="criteria" heading={policy.criteriaHeading}>
          {policy.criteriaSets.map((set) => (
            <PolicyCriteriaSet key={set.id} set={set} policyId={id} />
          ))}
        </PolicySection>
        <PolicySection
          id="background"
          heading={policy.backgroundHeading}
          before={
            <div className="background-note">
              <RichParagraphs value={policy.backgroundNote} policyId={id} />
            </div>
          }
        >
          <RichParagraphs value={policy.background} policyId={id} />
        </PolicySection>
        <PolicySection id="mtac" heading={policy.mtacHeading}>
          <MtacReviews reviews={policy.mtacReviews} policyId={id} />
        </PolicySection>
        <PolicySection id="timeline" heading="Review timeline">
          <p className="hint">
            Drawn from the MTAC review headings and the Date Reviewed column below.
          </p>
          <ReviewTimeline policy={policy} />
        </PolicySection>
        <PolicySection id="codes" heading={policy.codesHeading}>
          <CodeGroups groups={policy.codeGroups} />
          <RichParagraphs value={policy.codeNotes} policyId={id} />
        </PolicySection>
        <PolicySection id="dates" heading="Dates">
          <PolicyDates dates={policy.dates} committees={policy.committees} />
        </PolicySection>
        <PolicySection id="revision-history" heading={policy.revisionHistory.columns[0]}>
          <RevisionHistory history={policy.revisionHistory} />
        </PolicySection>
      </div>
    </div>
  )
}
