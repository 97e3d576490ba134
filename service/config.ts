/**
 * What the host decides about the service. The page's demo signs people in "as" a demo
 * user (`POST /sessions`); the server signs them in through OpenID Connect
 * (server/auth/) and turns the demo sign-in off.
 */
export type ServiceConfig = { demoSignIn: boolean }

let config: ServiceConfig = { demoSignIn: true }

export function configureService(next: Partial<ServiceConfig>) {
  config = { ...config, ...next }
}

export const serviceConfig = (): Readonly<ServiceConfig> => config
