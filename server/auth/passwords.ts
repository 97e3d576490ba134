import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/**
 * Passwords of the embedded demo identity provider, kept as scrypt hashes
 * (`scrypt$<N>$<salt>$<hash>`, base64url): the users table never holds a password.
 */
const N = 16_384
const KEY_LENGTH = 32

const derive = (password: string, salt: Buffer, cost: number) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { N: cost, r: 8, p: 1 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, N)
  return `scrypt$${N}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

/** True when `password` matches; a malformed hash matches nothing. */
export async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [kind, cost, salt, hash] = stored.split('$')
  if (kind !== 'scrypt' || !cost || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(cost))
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A hash to check against when the account does not exist, so both take the same time. */
export const NO_ACCOUNT = hashPassword(randomBytes(16).toString('hex'))
