import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isOpen } from '../../src/domain/case-status.ts'
import { caseStatusValues } from '../../src/domain/case-values.ts'

/**
 * One rule per thing: whether text is blank (src/domain/visible-text.ts) and whether a
 * case is open, closed, overdue or finally decided (src/domain/case-status.ts) are each
 * written once. A second writing of either somewhere else is how two screens, or the screen and
 * the service, came to disagree (a blank rule that took U+2800; a closed case shown
 * overdue). This test reads the source and names each second writing.
 */
const root = join(import.meta.dirname, '../..')
const SOURCE = /\.(ts|tsx)$/

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    return statSync(join(root, path)).isDirectory() ? files(path) : SOURCE.test(name) ? [path] : []
  })
}

/** Each match of `pattern` in the files, as "path:line: text". */
function findings(paths: string[], pattern: RegExp): string[] {
  return paths.flatMap((path) => {
    const text = readFileSync(join(root, path), 'utf8')
    return [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map(
      (m) => `${relative('.', path)}:${text.slice(0, m.index).split('\n').length}: ${m[0].trim()}`,
    )
  })
}

// The rules' code: what decides, on the screen and in the service. (Screens may trim a
// search box; they may not decide whether a required text was given.)
const ruleCode = [...files('src/domain'), ...files('service'), ...files('server')]
const everywhere = [...ruleCode, ...files('src'), ...files('mocks')].filter(
  (p, i, all) => all.indexOf(p) === i,
)

describe('one rule per thing', () => {
  it('blank text is decided only by hasVisibleText (src/domain/visible-text.ts)', () => {
    const blankChecks =
      /\.trim\(\)\s*(===|!==|==|!=)\s*''|!\s*[\w.?]+\.trim\(\)(?![.\w])|\.trim\(\)\.length\s*(===|!==|>|<|==)\s*[01]\b|\/\^\\s\*\$\//
    const home = 'src/domain/visible-text.ts'
    expect(
      findings(
        ruleCode.filter((p) => p !== home),
        blankChecks,
      ),
    ).toEqual([])
  })

  it('which statuses are open, closed or finally decided is listed only in case-status.ts', () => {
    const status = `'(${caseStatusValues.join('|')})'`
    // A list of two or more statuses, or two status comparisons joined: a rule about them.
    const list = new RegExp(`\\[\\s*(${status}\\s*,\\s*)+${status}\\s*,?\\s*\\]`)
    const joined = new RegExp(
      `status\\s*[!=]==\\s*${status}\\s*(\\|\\||&&)\\s*[\\w.]*status\\s*[!=]==`,
    )
    const homes = new Set([
      'src/domain/case-status.ts',
      'src/domain/case-values.ts', // the values themselves, in the order a case moves
    ])
    const code = everywhere.filter((p) => !homes.has(p) && !p.startsWith('server/migrations/'))
    // A status-to-yes/no table is the same rule written as data.
    const table = /Record<\s*\w*Status\s*,\s*boolean\s*>/
    expect([...findings(code, list), ...findings(code, joined), ...findings(code, table)]).toEqual(
      [],
    )
  })

  it('whether a case is overdue is decided only in case-status.ts (clockOverdue, isOverdue)', () => {
    // A due time compared with now, either way round: a second overdue rule. (DueTime once
    // had its own, and would have said "Overdue" on any clock its caller forgot to stop.)
    const due = String.raw`[\w.]*due\w*(\.getTime\(\))?`
    const now = String.raw`[\w.]*now\w*(\.getTime\(\))?`
    const comparison = new RegExp(
      [
        String.raw`${due}\s*[<>]=?\s*${now}`,
        String.raw`${now}\s*[<>]=?\s*${due}`,
        String.raw`Date\.parse\([^)]*due[^)]*\)\s*[<>]`,
        String.raw`[<>]=?\s*Date\.parse\([^)]*due[^)]*\)`,
      ].join('|'),
      'i',
    )
    const home = 'src/domain/case-status.ts'
    expect(findings([home], comparison).length).toBeGreaterThan(0)
    expect(
      findings(
        everywhere.filter((p) => p !== home),
        comparison,
      ),
    ).toEqual([])
  })

  it('the database counts as open exactly the statuses case-status.ts calls open', () => {
    const migrations = files('server/migrations')
    const lists = findings(migrations, /status in \$\{(\w+)\}|const OPEN = `[^`]*`/)
    expect(lists.length).toBeGreaterThan(0)
    for (const path of migrations) {
      const declared = /const OPEN = `\(([^)]*)\)`/.exec(readFileSync(join(root, path), 'utf8'))
      if (!declared) continue
      const inSql = declared[1]!.split(',').map((s) => s.trim().replace(/^'|'$/g, ''))
      expect(inSql.sort(), path).toEqual(caseStatusValues.filter(isOpen).sort())
    }
  })
})
