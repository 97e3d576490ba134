import { codeCheckRequest } from '../../src/api/schemas/code-check.ts'
import { isRealIsoDate } from '../../src/domain/time-zone.ts'
import { checkCodes } from '../code-sets/check.ts'
import { json, problemResponse } from '../http.ts'
import { route } from './base.ts'

/**
 * POST /code-checks: codes checked against the code set in force on the date of service
 * (service/code-sets/check.ts). A POST so the codes, which describe a member's health,
 * never sit in an address or an access log line.
 */
export const codeCheckHandlers = [
  route(
    'post',
    '/code-checks',
    {
      access: 'signed-in',
      body: 'CodeCheckRequest',
      maxBodyBytes: 10_000,
      doc: {
        summary:
          'Check ICD-10-CM or HCPCS codes against the code set in force on a date of service',
        responses: {
          200: {
            schema: 'CodeCheckAnswer',
            description: 'Each code: valid, header, not in the set, or no set loaded',
          },
        },
        problems: [400, 413],
      },
    },
    async ({ body: read }) => {
      const body = await read(refused)
      if (!body.ok) return body.response
      const parsed = codeCheckRequest.safeParse(body.value)
      if (!parsed.success || !isRealIsoDate(parsed.data.dateOfService)) return refused()
      const { system, codes, dateOfService } = parsed.data
      return json(await checkCodes(system, codes, dateOfService))
    },
  ),
]

const refused = () =>
  problemResponse(
    400,
    'Send a system (ICD-10-CM or HCPCS), 1 to 25 codes and a dateOfService (YYYY-MM-DD).',
    {
      errors: {
        body: [
          'system, codes (1 to 25, each at most 20 characters) and dateOfService are required',
        ],
      },
    },
  )
