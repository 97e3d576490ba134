import { StrictMode, useEffect, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { PolicyEvidence } from '../../../src/api/schemas/policy.ts'
import { plainText } from '../../../src/domain/plain-text.ts'
import { factFields, NOT_STATED } from '../../../src/features/evidence/evidence-fields.ts'
import './evidence.css'

/**
 * The floor of the evidence filter: the same evidence (saved by the bench as JSON),
 * filtered on every keystroke over the same text, drawing the same ten cells a row
 * (review, year, citation, the seven facts as text) for as many rows as the app's
 * virtualized table drew (the bench saves that count too), in a fixed-layout table with
 * the same clamp. No table library, no virtualizer, no router, no rich text.
 */
type Floor = PolicyEvidence & { window: number }

function rowsOf(evidence: PolicyEvidence) {
  const headings = new Map(evidence.reviews.map((r) => [r.id, r.heading]))
  return evidence.studies.map((s) => {
    const facts = factFields.map((f) => (s[f.id] ? plainText(s[f.id]!) : NOT_STATED))
    const heading = headings.get(s.reviewId) ?? ''
    const citation = `${s.authors} (${s.year}). ${s.title}. ${s.journal}, ${s.volumePages}`
    const search = [heading, s.year, citation, ...facts].join('\u0000').toLowerCase()
    return { study: s, heading, citation, facts, search }
  })
}

function Evidence({ evidence }: { evidence: Floor }) {
  const [filter, setFilter] = useState('')
  const rows = useMemo(() => rowsOf(evidence), [evidence])
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase()
    return needle ? rows.filter((r) => r.search.includes(needle)) : rows
  }, [rows, filter])
  return (
    <main>
      <h1>Evidence</h1>
      <label htmlFor="evidence-filter">Filter studies</label>
      <input id="evidence-filter" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <p>
        Showing {shown.length.toLocaleString('en-US')} of {rows.length.toLocaleString('en-US')}{' '}
        studies
      </p>
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th>Review</th>
              <th>Year</th>
              <th className="wide">Study</th>
              {factFields.map((f) => (
                <th key={f.id}>{f.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, evidence.window).map((r) => (
              <tr key={r.study.id}>
                <td>
                  <div>{r.heading}</div>
                </td>
                <td>
                  <div>{r.study.year}</div>
                </td>
                <th scope="row">
                  <div>{r.citation}</div>
                </th>
                {r.facts.map((text, i) => (
                  <td key={i}>
                    <div>{text}</div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  )
}

function App() {
  const [evidence, setEvidence] = useState<Floor | null>(null)
  useEffect(() => {
    void Promise.all([
      fetch('./data/evidence.json').then((r) => r.json() as Promise<PolicyEvidence>),
      fetch('./data/evidence-window.json').then((r) => r.json() as Promise<number>),
    ]).then(([e, window]) => setEvidence({ ...e, window }))
  }, [])
  return evidence ? <Evidence evidence={evidence} /> : null
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
