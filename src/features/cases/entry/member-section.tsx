import { CorrectionReason, MemberLookup } from './member-lookup.tsx'
import type { MemberEnrollment } from './use-member-enrollment.ts'
import { groupFundingLabels, lineOfBusinessLabels, planLabels } from '../../../api/labels.ts'
import { optionsOf, Radios } from '../../../components/form/radios.tsx'
import { fieldLabels } from '../../../domain/case-rules.ts'
import type { SectionProps } from './section-props.ts'
import { TextField } from './text-field.tsx'
import { DatePartsField } from './date-parts-field.tsx'

const lineOfBusinessOptions = [
  {
    value: 'medicare-advantage' as const,
    label: lineOfBusinessLabels['medicare-advantage'],
    hint: 'Criteria “For Medicare Members”',
  },
  {
    value: 'commercial-group' as const,
    label: lineOfBusinessLabels['commercial-group'],
    hint: 'Criteria “For Non-Medicare Members”',
  },
  {
    value: 'individual-family' as const,
    label: lineOfBusinessLabels['individual-family'],
    hint: 'Criteria “For Non-Medicare Members”',
  },
]

/** Who the member is and how they are covered. */
export function MemberSection({
  enrollment,
  ...form
}: SectionProps & { enrollment: MemberEnrollment }) {
  const { fields, errors, setField, blurField } = form
  return (
    <section aria-labelledby="member-heading">
      <h2 id="member-heading">Member</h2>
      <TextField
        name="memberId"
        hint="Letters and digits, 6 to 20 characters. Spaces and hyphens copied from the card are left out."
        className="input input--short"
        form={form}
      />
      <MemberLookup enrollment={enrollment} />
      <DatePartsField name="dateOfBirth" hint="For example, 03 27 1957." birthday form={form} />
      <Radios
        id="lineOfBusiness"
        legend={fieldLabels.lineOfBusiness}
        options={lineOfBusinessOptions}
        value={fields.lineOfBusiness}
        error={errors.lineOfBusiness}
        onChange={(v) => setField('lineOfBusiness', v)}
        onBlur={() => blurField('lineOfBusiness')}
      />
      {/* Funding decides the turnaround rule only for group plans; the value is kept if hidden. */}
      {fields.lineOfBusiness === 'commercial-group' && (
        <Radios
          id="groupFunding"
          legend={fieldLabels.groupFunding}
          options={optionsOf(groupFundingLabels)}
          value={fields.groupFunding}
          error={errors.groupFunding}
          onChange={(v) => setField('groupFunding', v)}
          onBlur={() => blurField('groupFunding')}
        />
      )}
      <Radios
        id="plan"
        legend={fieldLabels.plan}
        options={optionsOf(planLabels)}
        value={fields.plan}
        error={errors.plan}
        onChange={(v) => setField('plan', v)}
        onBlur={() => blurField('plan')}
      />
      <CorrectionReason enrollment={enrollment} />
    </section>
  )
}
