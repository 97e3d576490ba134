/** The mock's own switch: documented for browser tests, absent from a real service. */
const tags = ['Mock control (mock only)']
const done = { 204: { description: 'Done' }, 400: { $ref: '#/components/responses/Problem400' } }
const body = (schema: object) => ({
  required: true,
  content: { 'application/json': { schema } },
})
const post = (summary: string, schema?: object) => ({
  post: {
    tags,
    summary,
    security: [],
    ...(schema ? { requestBody: body(schema) } : {}),
    responses: done,
  },
})

export const mockControlPaths = {
  '/__mock/reset': post('Re-seed the demo data (faults and latency are kept)'),
  '/__mock/faults': {
    ...post('Inject faults: the first matching rule answers instead of the handler', {
      $ref: '#/components/schemas/MockFaultRules',
    }),
    delete: {
      tags,
      summary: 'Remove every fault rule',
      security: [],
      responses: { 204: { description: 'Done' } },
    },
  },
  '/__mock/latency': post('Delay every API answer', {
    type: 'object',
    required: ['ms'],
    properties: { ms: { type: 'integer', minimum: 0, maximum: 60000 } },
  }),
  '/__mock/seed-cases': post('Add synthetic cases (benchmarks)', {
    type: 'object',
    required: ['count'],
    properties: { count: { type: 'integer', minimum: 1, maximum: 50000 } },
  }),
  '/__mock/policies': post('Add a synthetic policy (flagged synthetic)', {
    $ref: '#/components/schemas/PolicyResponse',
  }),
}
