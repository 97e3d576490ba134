import { useQuery } from '@tanstack/react-query'
import { useState, type KeyboardEvent } from 'react'
import { codeQueries } from '../../../api/queries/policies.ts'
import type { CodeLookupItem } from '../../../api/schemas/codes.ts'
import { useDebouncedValue } from '../../../components/use-debounced-value.ts'

/**
 * The WAI-ARIA combobox pattern (list autocomplete): type a code or a HCPCS name,
 * move through suggestions with the arrow keys, Enter picks, Escape closes. Focus
 * stays in the input; aria-activedescendant says which option is current. Free text
 * is allowed: the look-up helps, the service's rules decide.
 */
export function ServiceCodeCombobox({
  id,
  value,
  describedBy,
  invalid,
  onChange,
  onBlur,
}: {
  id: string
  value: string
  describedBy?: string
  invalid: boolean
  onChange: (value: string) => void
  onBlur: () => void
}) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const q = useDebouncedValue(value.trim(), 250)
  const search = useQuery({ ...codeQueries.search(q), enabled: open && q.length > 0 })
  const items = open && q.length > 0 ? (search.data?.items ?? []) : []
  const expanded = items.length > 0
  const listId = `${id}-listbox`
  const optionId = (i: number) => `${id}-option-${i}`

  function choose(item: CodeLookupItem) {
    onChange(item.code)
    setOpen(false)
    setActive(-1)
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault()
        setOpen(true)
        setActive((i) => Math.min(i + 1, items.length - 1))
        break
      case 'ArrowUp':
        e.preventDefault()
        setActive((i) => Math.max(i - 1, 0))
        break
      case 'Enter': {
        // Enter in this box never sends the form: it picks the highlighted suggestion, or
        // the only one, and otherwise does nothing (Submit is a button of its own).
        e.preventDefault()
        const item = expanded
          ? (items[active] ?? (items.length === 1 ? items[0] : undefined))
          : undefined
        if (item) choose(item)
        break
      }
      case 'Escape':
        if (open) {
          e.preventDefault()
          setOpen(false)
          setActive(-1)
        }
        break
    }
  }

  return (
    <div className="combobox">
      <input
        id={id}
        className="input input--short"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false)
          setActive(-1)
          onBlur()
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching service codes"
        className="combobox__list"
        hidden={!expanded}
      >
        {items.map((item, i) => (
          <li
            key={item.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`combobox__option${i === active ? ' combobox__option--active' : ''}`}
            // Keep focus in the input so a click does not blur it before the pick lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(item)}
          >
            <CodeOption item={item} />
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {open && q.length > 0 && search.data ? resultsSentence(items.length) : ''}
      </p>
    </div>
  )
}

function CodeOption({ item }: { item: CodeLookupItem }) {
  // CPT descriptions are AMA-licensed, so a CPT code is shown by number only.
  return (
    <>
      <strong>{item.code}</strong>{' '}
      {item.system === 'HCPCS' ? (
        <span>
          {item.description ?? ''} <span className="hint">HCPCS Level II</span>
        </span>
      ) : (
        <span className="hint">CPT (description not shown)</span>
      )}
    </>
  )
}

function resultsSentence(n: number) {
  if (n === 0) return 'No matching codes. You can still enter the code as typed.'
  return `${n} matching ${n === 1 ? 'code' : 'codes'}. Use the up and down arrows to choose.`
}
