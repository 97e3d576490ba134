import { readFileSync } from 'node:fs'
import { URL as NodeURL, fileURLToPath } from 'node:url'

/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are FHIR JSON, edited freely */
export type Json = any

export type FixtureName =
  'm0076-medicare-advantage' | 'm0076-self-funded-expedited' | 'm0076-coverage-does-not-tell'

/** Two weeks from now: inside the service-date range whenever the tests run. */
export const soon = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)

/** A fixture Bundle; this project's own M0076 requests get a service date two weeks out. */
export function pasFixture(name: FixtureName): Json {
  const path = fileURLToPath(new NodeURL(`../fixtures/pas/${name}.json`, import.meta.url))
  const bundle = JSON.parse(readFileSync(path, 'utf8'))
  if (name.startsWith('m0076')) claimOf(bundle).item[0].servicedDate = soon()
  return bundle
}

/** The Da Vinci PAS 2.2.1 guide's own request Bundles (tests/fixtures/pas/guide/README.md). */
export const GUIDE_REQUESTS = [
  'referral-authorization-bundle-example',
  'homecare-authorization-bundle-example',
  'homecare-authorization-update-bundle-example',
  'medical-services-authorization-bundle-example',
  'surgical-request-bundle-example',
] as const
export type GuideName =
  | (typeof GUIDE_REQUESTS)[number]
  | 'pasclaim-inquiry-bundle-example'
  | 'referral-authorization-response-bundle-example'
  | 'referral-pending-authorization-response-bundle-example'
  | 'error-response-bundle-example'

/** A guide example exactly as the guide writes it. */
export function guideFixture(name: GuideName): Json {
  const path = fileURLToPath(new NodeURL(`../fixtures/pas/guide/${name}.json`, import.meta.url))
  return JSON.parse(readFileSync(path, 'utf8'))
}

export const claimOf = (bundle: Json): Json =>
  bundle.entry.find((e: Json) => e.resource.resourceType === 'Claim').resource
export const resourceOf = (bundle: Json, type: string): Json =>
  bundle.entry.find((e: Json) => e.resource.resourceType === type).resource
/* eslint-enable @typescript-eslint/no-explicit-any */
