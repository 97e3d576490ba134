import type { AccessEvent } from '../../src/api/schemas/access-log.ts'
import { watchChanges } from '../live/changes.ts'
import { readAccess } from '../store.ts'
import { json } from '../http.ts'
import { route, sessionActive } from './base.ts'
import { caseId } from './doc-parts.ts'
import { findCase } from './cases.ts'
import { noteAccess } from './note-access.ts'

/** A comment line this often keeps proxies from closing a quiet stream, and checks the session. */
export const HEARTBEAT_MS = 15_000
/** "Also on this case": someone who opened it this recently (the access log's `opened-case`). */
export const VIEWER_WINDOW_MINUTES = 5
/**
 * A page still open is noted at most this often a person and case (`still-on-case`):
 * often enough that presence outlasts the window above, rare enough that the access
 * log stays a list of reads, not a clock.
 */
export const PRESENCE_NOTE_MINUTES = 3

const minutesAgo = (now: number, minutes: number) => new Date(now - minutes * 60_000).toISOString()
const isView = (e: AccessEvent) => e.action === 'opened-case' || e.action === 'still-on-case'

/** The people in `events` (newest first) who had the case open, once each, never `me`. */
function viewersIn(events: AccessEvent[], me: string) {
  const seen = new Set([me])
  const items = []
  for (const e of events) {
    if (!isView(e) || !e.actor.role || seen.has(e.actor.id)) continue
    seen.add(e.actor.id)
    items.push({ name: e.actor.name, role: e.actor.role })
  }
  return items
}

const utf8 = new TextEncoder()
const unref = (t: unknown) => (t as { unref?: () => void }).unref?.()

export const liveHandlers = [
  route(
    'get',
    '/events',
    {
      access: 'signed-in',
      doc: {
        summary: 'Server-sent events: a `cases` event whenever any case changes',
        description:
          'A text/event-stream. The first event is `cases` with the current change marker; ' +
          'each later `cases` event says that some case was created or changed (data: ' +
          '`{"version": "<marker>"}`, no member data), and the app asks again for what it ' +
          `shows. A comment line every ${HEARTBEAT_MS / 1000} s keeps the stream open; the ` +
          'stream ends when the session does. Reading it does not count as activity.',
        responses: {
          200: {
            openApi: {
              description: "The event stream; each event's data is a CasesChanged",
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
          },
        },
      },
    },
    async ({ request, auth }) => {
      let close = () => {}
      let cancelled = false
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          let open = true
          const send = (text: string) => {
            if (!open) return
            try {
              controller.enqueue(utf8.encode(text))
            } catch {
              close()
            }
          }
          const cases = (version: string) =>
            send(`event: cases\ndata: ${JSON.stringify({ version })}\n\n`)
          const watching = await watchChanges(cases, () => close())
          if (cancelled || request.signal.aborted) return watching.stop()
          const beat = setInterval(() => {
            send(': still here\n\n')
            void sessionActive(auth.token).then((ok) => ok || close(), close)
          }, HEARTBEAT_MS)
          unref(beat)
          close = () => {
            if (!open) return
            open = false
            watching.stop()
            clearInterval(beat)
            try {
              controller.close()
            } catch {
              // Already closed by the reader.
            }
          }
          request.signal.addEventListener('abort', close, { once: true })
          // A reader that reconnects compares this with the marker it last saw.
          send('retry: 5000\n\n')
          cases(watching.marker)
        },
        cancel: () => {
          cancelled = true
          close()
        },
      })
      return new Response(body, {
        headers: {
          'Content-Type': 'text/event-stream',
          'Cache-Control': 'no-store',
          // A proxy that buffers answers would hold every event back (nginx reads this).
          'X-Accel-Buffering': 'no',
        },
      })
    },
  ),

  route(
    'get',
    '/cases/:id/viewers',
    {
      access: 'signed-in',
      doc: {
        summary: `The other people who opened this case in the last ${VIEWER_WINDOW_MINUTES} minutes`,
        description:
          "From the access log's `opened-case` and `still-on-case` entries: names and roles, one entry a person, " +
          'most recent first, never the caller. Asking is not itself logged: it reads no member data.',
        pathParams: caseId,
        responses: { 200: { schema: 'CaseViewers', description: 'Who else is on the case' } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findCase(args)
      if (!found.ok) return found.response
      const since = minutesAgo(Date.now(), VIEWER_WINDOW_MINUTES)
      const events = await readAccess({ caseId: found.stored.id, since })
      return json({ items: viewersIn(events, args.auth.user.id) })
    },
  ),
  route(
    'post',
    '/cases/:id/viewing',
    {
      access: 'signed-in',
      doc: {
        summary: 'Still on this case: the case page says so about once a minute while it is shown',
        description:
          'Notes in the access log that the caller still has the case open (`still-on-case`), ' +
          `at most once every ${PRESENCE_NOTE_MINUTES} minutes a person and case: nothing is ` +
          "noted while the caller's last `opened-case` or `still-on-case` entry is more recent. " +
          'Answers who else is on the case, as GET /cases/{id}/viewers does.',
        pathParams: caseId,
        responses: { 200: { schema: 'CaseViewers', description: 'Who else is on the case' } },
        problems: [404],
      },
    },
    async (args) => {
      const found = await findCase(args)
      if (!found.ok) return found.response
      const now = Date.now()
      const me = args.auth.user.id
      const events = await readAccess({
        caseId: found.stored.id,
        since: minutesAgo(now, VIEWER_WINDOW_MINUTES),
      })
      const lately = minutesAgo(now, PRESENCE_NOTE_MINUTES)
      if (!events.some((e) => e.actor.id === me && isView(e) && e.at > lately))
        await noteAccess(args.request, found.user, 'still-on-case', [found.stored.id])
      return json({ items: viewersIn(events, me) })
    },
  ),
]
