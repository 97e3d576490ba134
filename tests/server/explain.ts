/** EXPLAIN takes no bind parameters here: the values, quoted, in their places. */
export function inline(text: string, parameters: readonly unknown[]) {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const v = parameters[Number(n) - 1]
    if (typeof v === 'number' || typeof v === 'boolean') return String(v)
    return `'${String(v).replace(/'/g, "''")}'`
  })
}
