import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain-JS ESLint plugin without types
import { problem } from '../../scripts/eslint/boundaries.js'

const at = (path: string) => resolve(process.cwd(), path)
const check = (file: string, source: string, dynamic = false, typeOnly = false): string | null =>
  problem(at(file), source, dynamic, typeOnly)

describe('import boundaries (lint)', () => {
  it('refuses a feature importing another feature, however the path is written', () => {
    expect(check('src/features/cases/detail/x.tsx', '../../review/decision-form.tsx')).toMatch(
      /Features do not import each other \(cases → review\)/,
    )
    expect(check('src/features/cases/x.tsx', '../review/a.ts')).toMatch(/cases → review/)
    expect(check('src/features/cases/detail/x.tsx', '../entry/y.ts')).toBeNull()
    expect(check('src/app/routes/x.tsx', '../../features/review/a.tsx')).toBeNull()
  })

  it('refuses src importing mocks, but for the dynamic start in main.tsx', () => {
    expect(check('src/api/client.ts', '../../mocks/db.ts')).toMatch(/never imports mocks/)
    expect(check('src/main.tsx', '../mocks/browser.ts')).toMatch(/never imports mocks/)
    expect(check('src/main.tsx', '../mocks/browser.ts', true)).toBeNull()
    expect(check('mocks/handlers/x.ts', '../../src/domain/npi.ts')).toBeNull()
  })

  it('keeps React out of src/domain', () => {
    expect(check('src/domain/npi.ts', 'react')).toMatch(/no React/)
    expect(check('src/domain/npi.ts', 'react-dom/client')).toMatch(/no React/)
    expect(check('src/domain/npi.ts', 'zod/mini')).toBeNull()
    expect(check('src/components/x.tsx', 'react')).toBeNull()
  })

  it('lets src/domain take only types from src/api: the values live in the domain', () => {
    const schema = '../api/schemas/case-fields.ts'
    expect(check('src/domain/case-rules.ts', schema)).toMatch(/only types from src\/api/)
    expect(check('src/domain/case-rules.ts', schema, false, true)).toBeNull()
    expect(check('src/domain/case-rules.ts', './case-values.ts')).toBeNull()
    expect(check('src/api/schemas/case-fields.ts', '../../domain/case-values.ts')).toBeNull()
  })

  it('keeps msw and React out of the criteria service: only the mock wrapper loads msw', () => {
    expect(check('server/app.ts', 'msw')).toMatch(/Only the mock's wrapper imports msw/)
    expect(check('service/routes/cases.ts', 'msw')).toMatch(/Only the mock's wrapper/)
    expect(check('service/app.ts', '@mswjs/interceptors/fetch')).toMatch(/wrapper/)
    expect(check('mocks/handlers/index.ts', 'msw')).toBeNull()
    expect(check('mocks/faults.ts', 'msw')).toBeNull()
    expect(check('mocks/start.ts', 'msw/experimental', true)).toBeNull()
    // Nor the app: the page starts the mock through mocks/start.ts, even lazily.
    expect(check('src/main.tsx', 'msw/experimental', true)).toMatch(/src\/ never imports msw/)
    expect(check('src/api/client.ts', '@mswjs/interceptors')).toMatch(/never imports msw/)
    expect(check('server/app.ts', '../mocks/handlers/index.ts')).toMatch(/never loads the page/)
    expect(check('server/start.ts', '../mocks/faults.ts')).toMatch(/never loads the page/)
    expect(check('server/app.ts', '../service/routes.ts')).toBeNull()
    expect(check('service/store.ts', '../mocks/fault-rules.ts')).toMatch(/never loads the page/)
    expect(check('service/store.ts', '../server/db/open.ts')).toMatch(/never imports server/)
    expect(check('mocks/faults.ts', '../service/store.ts')).toBeNull()
    expect(check('src/api/client.ts', '../../service/http.ts')).toMatch(/never imports service/)
    expect(check('service/http.ts', 'react')).toMatch(/imports no React/)
  })
})
