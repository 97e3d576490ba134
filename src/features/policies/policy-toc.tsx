import { Link } from 'react-router'
import type { ContentsEntry } from './policy-contents.ts'

/**
 * In-page links as router links (`to={{ hash }}`): the router records the hash, so the
 * back button returns to the previous part, and useHashTarget moves focus there.
 */
export function PolicyToc({ entries }: { entries: ContentsEntry[] }) {
  return (
    <nav aria-label="Contents" className="policy-toc">
      <h2 className="policy-toc__title">Contents</h2>
      <ol>
        {entries.map((e) => (
          <li key={e.id}>
            <Link to={{ hash: e.id }} preventScrollReset>
              {e.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
