import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts'

export type LighthouseFigures = {
  performance: number
  accessibility: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
}

/**
 * One Lighthouse run, default mobile preset, in a new Chromium profile: a new user.
 * With `jsonPrefix`, the whole report is written to `<prefix>-<time>.json`.
 */
export async function lighthouseOnce(url: string, jsonPrefix?: string): Promise<LighthouseFigures> {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: chromiumArgs.map((f) => (f === '--headless' ? '--headless=new' : f)),
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    })
    const lhr = result!.lhr
    if (jsonPrefix) {
      mkdirSync(dirname(jsonPrefix), { recursive: true })
      writeFileSync(`${jsonPrefix}-${Date.now()}.json`, JSON.stringify(lhr))
    }
    return {
      performance: lhr.categories.performance?.score ?? 0,
      accessibility: lhr.categories.accessibility?.score ?? 0,
      bestPractices: lhr.categories['best-practices']?.score ?? 0,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    }
  } finally {
    await chrome.kill()
  }
}
