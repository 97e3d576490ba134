// npx tsx scripts/first-screen-budget.ts <build dir>: fails when the JavaScript a new
// visitor loads for the first screen (sign-in) is over budget. Same figure as the bench.
import { measureBundle } from '../tests/bench/bundle.ts'

const budgetKiB = 100
const dir = process.argv[2] ?? 'dist'
const { firstScreenJs, firstScreenFiles } = measureBundle(dir, dir)
const kib = firstScreenJs / 1024
if (kib > budgetKiB) {
  process.stderr.write(
    `FAIL: first-screen JS is ${kib.toFixed(1)} KiB gzip, over the ${budgetKiB} KiB budget\n` +
      `  files: ${firstScreenFiles.join(', ')}\n` +
      '  Load what the sign-in screen does not need with import() (see src/app/routes.tsx).\n',
  )
  process.exit(1)
}
process.stdout.write(`OK: first-screen JS is ${kib.toFixed(1)} KiB gzip (budget ${budgetKiB})\n`)
