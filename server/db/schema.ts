import type { ColumnType } from 'kysely'

/** Row types of server/migrations, for Kysely. JSON goes in as text, comes out parsed. */
type Json = ColumnType<unknown, string, string>
type Instant = ColumnType<Date | string, string, string>

export type Tables = {
  users: { id: string; name: string; role: string; body: Json }
  sessions: { token: string; user_id: string; created_at: Instant; expires_at: Instant }
  cases: {
    id: string
    reference: string
    status: string
    urgency: string
    line_of_business: string
    received_at: string
    due_at: Instant
    assigned_to: string | null
    member_id: string
    version: number
    body: Json
  }
  drafts: { id: string; owner_id: string; body: Json }
  decision_drafts: { user_id: string; case_id: string; body: Json }
  audit_events: { case_id: string; seq: number; body: Json }
  idempotency: { user_id: string; key: string; body: Json }
  meta: { key: string; value: Json }
  change_counter: { id: number; counter: ColumnType<string | number, number, number> }
}
