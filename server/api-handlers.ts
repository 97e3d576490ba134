import { handlers } from '../mocks/handlers/index.ts'
import { mockControlHandlers } from '../mocks/handlers/mock-control.ts'

/**
 * The mock's handler list, less its own switch (`/__mock/...`): the contract is written
 * once, in mocks/handlers, and runs here against the database. Without the switch, its
 * paths fall to the catch-all and answer 404, as a real service must.
 */
export const serviceHandlers = handlers.filter(
  (h) => !(mockControlHandlers as readonly unknown[]).includes(h),
)
