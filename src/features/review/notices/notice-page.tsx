import type { StoredCase } from '../../../api/schemas/case.ts'
import { hasFinalDecision } from '../../../domain/case-status.ts'
import { denialLetter, letterTitles, type Audience } from '../../../letters/compose.ts'
import { letterParties } from '../../../letters/parties.ts'
import { IssuedLetter } from './issued-letter.tsx'
import { NoNotice, NoticeFrame, NoticeHeader } from './notice-frame.tsx'

const denialOf = (c: StoredCase) => [...c.decisions].reverse().find((d) => d.action === 'deny')

/** A denial notice on a page of its own, printable; a case with no denial has none. */
export function NoticePage({ caseId, audience }: { caseId: string; audience: Audience }) {
  return (
    <NoticeFrame caseId={caseId}>
      {({ c, caseHref, serviceDescription }) => {
        // A notice once issued stays: an appealed case still shows the denial's notice.
        const denial = hasFinalDecision(c.status) ? denialOf(c) : undefined
        if (!denial)
          return (
            <NoNotice title="This case has no denial notice" caseHref={caseHref}>
              Notices are written only for a denied case. Case {c.reference} is not denied, so there
              is no {audience} notice to show or print.
            </NoNotice>
          )
        return (
          <>
            <NoticeHeader
              titles={letterTitles.denial}
              audience={audience}
              caseHref={caseHref}
              noticesHref={`${caseHref}/notices`}
            />
            <IssuedLetter
              c={c}
              decisionId={denial.id}
              audience={audience}
              preview={() =>
                denialLetter(
                  { case: c, audience, parties: letterParties(c), serviceDescription },
                  denial,
                )
              }
            />
          </>
        )
      }}
    </NoticeFrame>
  )
}
