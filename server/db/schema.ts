import type { ColumnType } from 'kysely'

/** Row types of server/migrations, for Kysely. JSON goes in as text, comes out parsed. */
type Json = ColumnType<unknown, string, string>
type Instant = ColumnType<Date | string, string, string>

export type Tables = {
  users: { id: string; name: string; role: string; body: Json; password_hash: string | null }
  sessions: {
    token: string
    user_id: string
    created_at: Instant
    expires_at: Instant
    last_seen_at: ColumnType<Date | string | null, string | null | undefined, string | null>
  }
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
    decided_year: number | null
    decided_action: string | null
    decided_on_time: boolean | null
    /** bigint: pg hands it back as text. */
    decided_ms: ColumnType<string | number | null, number | null, number | null>
    decided_month: number | null
    body: Json
  }
  drafts: { id: string; owner_id: string; body: Json }
  decision_drafts: { user_id: string; case_id: string; body: Json }
  audit_events: { case_id: string; seq: number; body: Json }
  issued_letters: {
    id: string
    seq: ColumnType<string, never, never>
    case_id: string
    issued_at: Instant
    body: Json
  }
  idempotency: {
    user_id: string
    key: string
    body: Json
    created_at: ColumnType<Date | string, string | undefined, string>
  }
  meta: { key: string; value: Json }
  members: { member_id: string; body: Json }
  providers: { npi: string; body: Json }
  access_log: {
    id: ColumnType<string, never, never>
    at: Instant
    case_id: string
    actor_id: string
    actor_name: string
    actor_role: string | null
    action: string
    address: string
  }
  /** Summed over `slot` (migration 0012): one slot's count alone means nothing. */
  assignee_open_counts: {
    assignee: string
    slot: ColumnType<number, number | undefined, number>
    n: ColumnType<string | number, number, number>
  }
  case_status_counts: {
    status: string
    slot: ColumnType<number, number | undefined, number>
    n: ColumnType<string | number, number, number>
  }
  client_tokens: {
    token_hash: string
    client_id: string
    client_name: string
    /** Space-separated, as OAuth writes scopes. */
    scopes: string
    expires_at: Instant
  }
  client_assertions: { client_id: string; jti: string; expires_at: Instant }
  change_counter: { id: number; counter: ColumnType<string | number, number, number> }
  code_set_versions: {
    system: string
    version: string
    source: string
    sample: boolean
    row_count: number
    imported_at: Instant
  }
  code_set_entries: {
    system: string
    version: string
    code: string
    billable: boolean
    short_description: string
    long_description: string
  }
}
