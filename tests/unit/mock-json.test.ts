import { describe, expect, it } from 'vitest'
import { json, problemResponse } from '../../service/http.ts'

describe("the mock's JSON answers", () => {
  it('carry the body, its type and its length in UTF-8 bytes, as msw would', async () => {
    const body = { name: 'Zoë Ñúñez', note: '😀 right-to-left: שלום' }
    const res = json(body, { status: 201, headers: { ETag: '"1"' } })
    const text = JSON.stringify(body)
    expect(res.status).toBe(201)
    expect(res.headers.get('Content-Type')).toBe('application/json')
    expect(res.headers.get('ETag')).toBe('"1"')
    // Not the string's length: the emoji, Hebrew and accented letters take more bytes.
    expect(text.length).toBeLessThan(new TextEncoder().encode(text).length)
    expect(res.headers.get('Content-Length')).toBe(String(new TextEncoder().encode(text).length))
    expect(await res.json()).toEqual(body)
  })

  it('keep a type the handler set (a problem document)', async () => {
    const res = problemResponse(404, 'No such case.')
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(await res.json()).toMatchObject({ status: 404, detail: 'No such case.' })
  })
})
