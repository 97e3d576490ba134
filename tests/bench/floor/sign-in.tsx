import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { demoUsers } from '../../../service/data/users.ts'

/** The floor of the sign-in page: a heading, the demo users as radios, one button. */
function SignIn() {
  const [chosen, setChosen] = useState(demoUsers[0]!.id)
  return (
    <main>
      <h1>Sign in</h1>
      <p>Choose a demo user to continue. The criteria review dashboard keeps no passwords.</p>
      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Demo user</legend>
          {demoUsers.map((u) => (
            <label key={u.id} style={{ display: 'block' }}>
              <input
                type="radio"
                name="user"
                checked={chosen === u.id}
                onChange={() => setChosen(u.id)}
              />{' '}
              {u.name}, {u.credentials}
            </label>
          ))}
        </fieldset>
        <button type="submit">Sign in</button>
      </form>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SignIn />
  </StrictMode>,
)
