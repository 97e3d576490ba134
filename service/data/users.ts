// The demo users live beside the app's API code, which ships them with the sign-in
// screen in mock builds (src/api/shipped-demo-users.ts); the mock and the server serve them.
export { demoUsers } from '../../src/api/demo-users.ts'
