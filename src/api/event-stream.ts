/** One event of a text/event-stream: its name (default "message") and its data lines joined. */
export type StreamEvent = { event: string; data: string }

/**
 * Reads a text/event-stream (the WHATWG server-sent events format) event by event:
 * a blank line ends an event, `event:` names it, `data:` lines are its data, and a line
 * starting with a colon is a comment (the service's heartbeat). Cancels the stream when
 * the reader stops early.
 */
export async function* readEvents(stream: ReadableStream<Uint8Array>): AsyncGenerator<StreamEvent> {
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer = (buffer + decoder.decode(value, { stream: true })).replace(/\r\n/g, '\n')
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = parseBlock(block)
        if (event) yield event
      }
    }
  } finally {
    // Not awaited: a source may settle its cancel late, and the reader is done either way.
    void reader.cancel().catch(() => {})
  }
}

function parseBlock(block: string): StreamEvent | null {
  let event = 'message'
  const data: string[] = []
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue
    const colon = line.indexOf(':')
    const field = colon < 0 ? line : line.slice(0, colon)
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'event') event = value
    else if (field === 'data') data.push(value)
  }
  return data.length ? { event, data: data.join('\n') } : null
}
