import { http } from 'msw'
import { applyFaults } from '../faults.ts'
import { api, pathUnderBase } from '../../service/routes/base.ts'
import { service } from '../../service/routes.ts'
import { malformedUrlHandler } from './malformed-url.ts'
import { mockControlHandlers } from './mock-control.ts'

/**
 * The mock's handler list (dev server, preview build, Vitest): its own switch, then the
 * service app. Latency and injected faults live here, in the wrapper, so the service
 * itself has no such path.
 */
export const handlers = [
  malformedUrlHandler,
  ...mockControlHandlers,
  http.all(api('/*'), async ({ request }) => {
    const fault = await applyFaults(request, pathUnderBase(request))
    return fault ?? service.fetch(request)
  }),
]
