import { Link } from 'react-router'
import { PageHeader } from '../../components/page-header.tsx'
import { CodeCheck } from '../../features/policies/code-check.tsx'
import { PolicyLibrary } from '../../features/policies/policy-library.tsx'
import { useHashTarget } from '../../features/policies/use-hash-target.ts'

export default function PolicyLibraryRoute() {
  // Both sections render at once (each shows its own loading state), so a
  // `#code-check` link can land as soon as the route mounts.
  useHashTarget(true)
  return (
    <>
      <PageHeader title="Policies" />
      <p className="lede">The clinical review criteria on file, and a look-up of service codes.</p>
      <p>
        The rules the member and provider letters and the appeal clocks rely on, with their sources
        and what is confirmed: <Link to="/compliance">compliance</Link>.
      </p>
      <PolicyLibrary />
      <CodeCheck />
    </>
  )
}
