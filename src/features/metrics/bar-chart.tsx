import { TableRegion } from '../../components/table-region.tsx'
import { countTicks } from './chart-ticks.ts'

type Series = { name: string; values: number[]; className: string }

const W = 640
const H = 220
const PAD = { top: 16, right: 8, bottom: 40, left: 36 }

/**
 * A grouped bar chart in plain SVG: a picture for those who would rather look, with a
 * text alternative (title and description) and the same numbers in a table below it,
 * for those who would rather read or use a screen reader. Bars carry patterns as well
 * as colours, and the legend names each series in words.
 */
export function BarChart({
  id,
  title,
  description,
  categories,
  series,
}: {
  id: string
  title: string
  description: string
  categories: string[]
  series: Series[]
}) {
  const ticks = countTicks(Math.max(0, ...series.flatMap((s) => s.values)))
  const max = ticks.at(-1)!
  const plotW = W - PAD.left - PAD.right
  const plotH = H - PAD.top - PAD.bottom
  const groupW = plotW / Math.max(1, categories.length)
  const barW = (groupW * 0.8) / series.length
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="chart__svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(t)}
              y2={y(t)}
              className={t === 0 ? 'chart__axis' : 'chart__grid'}
            />
            <text x={PAD.left - 6} y={y(t)} className="chart__tick" textAnchor="end" dy="0.35em">
              {t}
            </text>
          </g>
        ))}
        {categories.map((c, i) => (
          <g key={c}>
            {series.map((s, j) => {
              const v = s.values[i] ?? 0
              const x = PAD.left + i * groupW + groupW * 0.1 + j * barW
              return (
                <rect
                  key={s.name}
                  x={x}
                  y={y(v)}
                  width={barW}
                  height={y(0) - y(v)}
                  className={s.className}
                />
              )
            })}
            <text
              x={PAD.left + i * groupW + groupW / 2}
              y={H - PAD.bottom + 16}
              className="chart__label"
              textAnchor="middle"
            >
              {c}
            </text>
          </g>
        ))}
      </svg>
      <ul className="chart__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <span className={`chart__key ${s.className}`} /> {s.name}
          </li>
        ))}
      </ul>
      <TableRegion label={`${title}: the numbers`}>
        <table className="table chart__table">
          <caption className="visually-hidden">{title}: the numbers behind the chart</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {series.map((s) => (
                <th scope="col" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c, i) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {series.map((s) => (
                  <td key={s.name}>{s.values[i] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </figure>
  )
}
