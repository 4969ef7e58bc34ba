/** A small iCalendar reader for the tests: CRLF lines, unfolding, properties with parameters, TEXT unescaping. */
export interface IcsProperty {
  name: string
  params: Record<string, string>
  value: string
}

export interface IcsComponent {
  name: string
  properties: IcsProperty[]
  components: IcsComponent[]
}

/** The physical lines; throws on a line break that is not CRLF. */
export function physicalLines(text: string): string[] {
  if (!text.endsWith('\r\n')) throw new Error('does not end with CRLF')
  const lines = text.slice(0, -2).split('\r\n')
  if (lines.some((l) => l.includes('\n') || l.includes('\r'))) throw new Error('bare LF or CR')
  return lines
}

export function unfold(lines: readonly string[]): string[] {
  const logical: string[] = []
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1)
    else logical.push(line)
  }
  return logical
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}

function property(line: string): IcsProperty {
  const colon = line.indexOf(':')
  const [name, ...params] = line.slice(0, colon).split(';')
  return {
    name: name!,
    params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
    value: line.slice(colon + 1)
  }
}

export function parseIcs(text: string): IcsComponent {
  const stack: IcsComponent[] = [{ name: 'ROOT', properties: [], components: [] }]
  for (const line of unfold(physicalLines(text))) {
    const p = property(line)
    if (p.name === 'BEGIN') {
      const component = { name: p.value, properties: [], components: [] }
      stack[stack.length - 1]!.components.push(component)
      stack.push(component)
    } else if (p.name === 'END') {
      if (stack.pop()!.name !== p.value) throw new Error(`END:${p.value} does not close its BEGIN`)
    } else stack[stack.length - 1]!.properties.push(p)
  }
  if (stack.length !== 1) throw new Error('unclosed component')
  return stack[0]!.components[0]!
}

export function prop(component: IcsComponent, name: string): IcsProperty | undefined {
  return component.properties.find((p) => p.name === name)
}
