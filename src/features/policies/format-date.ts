/** '2023-11-07' → '11/07/2023', the way the criteria document writes dates. */
export function usDate(iso: string): string {
  const [y, m, d] = iso.split('-')
  return `${m}/${d}/${y}`
}
