import { delay, HttpResponse } from 'msw'
import { commit, readCaselessDb, transact, type MockDb } from '../service/store.ts'
import { ruleMatches, type FaultRule } from './fault-rules.ts'
import { json, problemResponse } from '../service/http.ts'

// Tests run with 0; the dev server shows loading states with .env's value.
const defaultLatencyMs = Math.max(0, Number(import.meta.env?.VITE_MOCK_LATENCY_MS) || 0)

function faultResponse(rule: FaultRule): Response | null {
  switch (rule.fault) {
    case '500':
      return problemResponse(500, 'Injected fault: the service failed.')
    case '401':
      return problemResponse(401, 'Injected fault: your session has ended. Sign in again.')
    case 'network':
      return HttpResponse.error()
    case 'malformed':
      return new HttpResponse('{"items": [', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      })
    case 'invalid-schema':
      return json({ unexpected: 'This answer does not match the contract.' })
    case 'slow':
      return null
  }
}

/** The switches as this wrapper wrote them (mock-control.ts checks them against `faultRule`). */
const rulesOf = (db: Pick<MockDb, 'faults'>) => db.faults as readonly FaultRule[]

/**
 * Waits the configured latency, then applies the first fault rule that matches the
 * request (if any). Returns the faulty answer, or null to let the handler answer.
 * A rule with `times` counts down and switches itself off.
 */
export async function applyFaults(request: Request, path: string): Promise<Response | null> {
  const db = await readCaselessDb()
  const latency = db.latencyMs ?? defaultLatencyMs
  if (latency > 0) await delay(latency)
  if (!rulesOf(db).some((r) => ruleMatches(r, request.method, path))) return null
  // A counted rule counts down in a transaction, so two requests never both use its last time.
  const rule = await transact((fresh) => {
    const rules = rulesOf(fresh)
    const index = rules.findIndex((r) => ruleMatches(r, request.method, path))
    const found = rules[index]
    if (found?.times === undefined) return found
    const left = found.times - 1
    fresh.faults =
      left > 0
        ? rules.map((r, i) => (i === index ? { ...r, times: left } : r))
        : rules.filter((_, i) => i !== index)
    return commit(found)
  }, {})
  if (!rule) return null
  if (rule.fault === 'slow') await delay(rule.delayMs ?? 5000)
  return faultResponse(rule)
}
