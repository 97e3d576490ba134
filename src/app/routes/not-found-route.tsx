import { Link } from 'react-router'
import { PageHeader } from '../../components/page-header.tsx'

export default function NotFoundRoute() {
  return (
    <>
      <PageHeader title="Page not found" />
      <p>There is no page at this address. Check the address, or go back to the worklist.</p>
      <p>
        <Link to="/">Go to the worklist</Link>
      </p>
    </>
  )
}
