import { describe, expect, it, vi } from 'vitest'
import { startOnFirstNeed } from '../../src/app/start-on-first-need.ts'

describe('startOnFirstNeed', () => {
  it('does not start while nothing needs the service', () => {
    const start = vi.fn(() => Promise.resolve('up'))
    startOnFirstNeed(start, new EventTarget())
    expect(start).not.toHaveBeenCalled()
  })

  it('starts once, for the first request that waits for it', async () => {
    const start = vi.fn(() => Promise.resolve('up'))
    const service = startOnFirstNeed(start, new EventTarget())
    expect(await service).toBe('up')
    expect(await service).toBe('up')
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('starts on the first key, pointer, touch or click, once', () => {
    for (const type of ['keydown', 'pointerdown', 'touchstart', 'click']) {
      const target = new EventTarget()
      const start = vi.fn(() => Promise.resolve('up'))
      startOnFirstNeed(start, target)
      target.dispatchEvent(new Event('focusin'))
      expect(start).not.toHaveBeenCalled()
      target.dispatchEvent(new Event(type))
      target.dispatchEvent(new Event(type))
      expect(start).toHaveBeenCalledTimes(1)
    }
  })

  it('hands a failed start to whoever waits for it', async () => {
    const service = startOnFirstNeed(
      () => Promise.reject(new Error('no worker')),
      new EventTarget(),
    )
    await expect(Promise.resolve(service)).rejects.toThrow('no worker')
  })
})
