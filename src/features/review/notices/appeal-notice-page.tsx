import { NoNotice, NoticeFrame, NoticeHeader } from './notice-frame.tsx'
import { AppealNoticeLetter } from './appeal-notice-letter.tsx'
import type { Audience } from './notice-letter.tsx'

const titles: Record<Audience, string> = {
  member: 'Member notice: appeal decision',
  provider: 'Provider notice: appeal decision',
}

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
              titles={titles}
              audience={audience}
              caseHref={caseHref}
              noticesHref={`${caseHref}/notices/appeal`}
            />
            <AppealNoticeLetter
              value={c}
              appeal={appeal}
              decision={decision}
              audience={audience}
              serviceDescription={serviceDescription}
            />
          </>
        )
      }}
    </NoticeFrame>
  )
}
