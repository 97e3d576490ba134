import { appealLetter, letterTitles, type Audience } from '../../../letters/compose.ts'
import { letterParties } from '../../../letters/parties.ts'
import { IssuedLetter } from './issued-letter.tsx'
import { NoNotice, NoticeFrame, NoticeHeader } from './notice-frame.tsx'

/** The notice of an appeal decision, printable; a case whose appeal is not decided has none. */
export function AppealNoticePage({ caseId, audience }: { caseId: string; audience: Audience }) {
  return (
    <NoticeFrame caseId={caseId}>
      {({ c, caseHref, serviceDescription }) => {
        const appeal = c.appeal
        const decision = appeal?.decision
        if (!appeal || !decision)
          return (
            <NoNotice title="This case has no appeal decision notice" caseHref={caseHref}>
              Appeal notices are written once an appeal is decided. Case {c.reference} has no
              decided appeal, so there is no {audience} notice to show or print.
            </NoNotice>
          )
        return (
          <>
            <NoticeHeader
              titles={letterTitles['appeal-decision']}
              audience={audience}
              caseHref={caseHref}
              noticesHref={`${caseHref}/notices/appeal`}
            />
            <IssuedLetter
              c={c}
              decisionId={decision.id}
              audience={audience}
              preview={() =>
                appealLetter(
                  { case: c, audience, parties: letterParties(c), serviceDescription },
                  appeal,
                  decision,
                )
              }
            />
          </>
        )
      }}
    </NoticeFrame>
  )
}
