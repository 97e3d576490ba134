/**
 * The values of the case's enumerations. The rules here check against them and the
 * API's schemas build their enums from them: src/domain owns the values and imports
 * only types from src/api/, so the rules run without the validation library.
 */
/** In the order a case moves through them (the worklist counts them in this order). */
export const caseStatusValues = [
  'pending-md-review',
  'pended-for-information',
  'approved',
  'denied',
  'appeal-in-review',
  'approved-on-appeal',
  'denial-upheld',
  'forwarded-to-independent-review',
  // A PAS update (ClaimUpdate) cancelled the item before any decision: closed, undecided.
  'withdrawn',
] as const

export const lineOfBusinessValues = [
  'medicare-advantage',
  'commercial-group',
  'individual-family',
] as const
export const groupFundingValues = ['fully-insured', 'self-funded'] as const
export const planValues = ['kfhpwa', 'kfhpwa-options'] as const
export const urgencyValues = ['standard', 'expedited'] as const
export const requestChannelValues = ['electronic', 'fax-phone'] as const
export const appealRequesterValues = ['member', 'provider-on-behalf'] as const
export const appealChannelValues = ['electronic', 'fax-phone', 'mail'] as const
