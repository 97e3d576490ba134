import { StrictMode, useEffect, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { Study } from '../../../src/api/schemas/policy.ts'

/**
 * The floor of the evidence filter: the same studies (saved by the bench as JSON),
 * filtered on every keystroke over the same visible text, and as many rows drawn as the
 * app's virtualized table draws (a window of about 20).
 */
const WINDOW = 20
const text = (s: Study) => `${s.authors} ${s.title} ${s.journal} ${s.year}`.toLowerCase()

function Evidence({ studies }: { studies: Study[] }) {
  const [filter, setFilter] = useState('')
  const haystacks = useMemo(() => studies.map(text), [studies])
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase()
    return needle ? studies.filter((_, i) => haystacks[i]!.includes(needle)) : studies
  }, [studies, haystacks, filter])
  return (
    <main>
      <h1>Evidence</h1>
      <label htmlFor="evidence-filter">Filter studies</label>
      <input id="evidence-filter" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <p>
        Showing {shown.length.toLocaleString('en-US')} of {studies.length.toLocaleString('en-US')}{' '}
        studies
      </p>
      <table>
        <tbody>
          {shown.slice(0, WINDOW).map((s) => (
            <tr key={s.id}>
              <td>{s.authors}</td>
              <td>{s.year}</td>
              <td>{s.title}</td>
              <td>{s.journal}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}

function App() {
  const [studies, setStudies] = useState<Study[] | null>(null)
  useEffect(() => {
    void fetch('./data/studies.json')
      .then((r) => r.json() as Promise<Study[]>)
      .then(setStudies)
  }, [])
  return studies ? <Evidence studies={studies} /> : null
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
