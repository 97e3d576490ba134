import { Link } from 'react-router'
import { PageTitle } from '../components/page-title.tsx'

/** Shown instead of a blank screen when a route fails to load or render. */
export function RouteError({ error, inLayout = false }: { error: unknown; inLayout?: boolean }) {
  // Inside the layout the page already has its <main>; alone, this is the main content.
  const Main = inLayout ? 'div' : 'main'
  // A chunk that fails to load after a deploy is cured by a reload, not by the user.
  const chunkFailed = error instanceof TypeError && /import|module/i.test(error.message)
  return (
    <Main id={inLayout ? undefined : 'main'} className={inLayout ? undefined : 'page'}>
      <PageTitle title="Something went wrong" />
      <div className="notice notice--error" role="alert">
        <h1>Something went wrong on this page</h1>
        <p>
          {chunkFailed
            ? 'Part of the app could not be loaded. Check your connection and reload the page.'
            : 'The page could not be shown. Nothing you saved has been lost.'}
        </p>
        <p className="button-row">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <Link className="button button--secondary" to="/">
            Go to the worklist
          </Link>
        </p>
      </div>
    </Main>
  )
}
