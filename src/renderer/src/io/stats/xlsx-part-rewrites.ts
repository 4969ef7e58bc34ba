/**
 * String rewrites of single OOXML parts that make ClosedXML's output (SCB
 * PxWeb exports) look like what ExcelJS 4 expects. Each takes and returns
 * the part's text.
 */

/** Drops a byte-order mark, which ClosedXML writes at the start of .rels parts. */
export function withoutByteOrderMark(data: Uint8Array): Uint8Array {
  return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data
}

/**
 * Namespaces ExcelJS expects unprefixed. Others stay as they are: ExcelJS
 * reads docProps/core.xml by its `cp:` and `dc:` names, and VML uses `x:`
 * for a different namespace.
 */
const defaultNamespaces = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://schemas.openxmlformats.org/package/2006/content-types',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties'
]

/** The root element's prefix when it should become the default namespace, and where its declaration's ":prefix" starts. */
function strippablePrefix(data: Uint8Array): { prefix: Uint8Array; declarationColon: number } | null {
  // One byte per character, so string offsets are byte offsets.
  const head = new TextDecoder('latin1').decode(data.subarray(0, 4096))
  const root = /<(?![?!])([^\s/>]+)([^>]*)>/.exec(head)
  const name = root?.[1]
  if (!root || !name?.includes(':') || /\sxmlns\s*=/.test(root[2] ?? '')) return null
  const prefix = name.slice(0, name.indexOf(':'))
  const declaration = new RegExp(`xmlns:${prefix.replace(/[.-]/g, '\\$&')}\\s*=\\s*"([^"]*)"`).exec(root[2] ?? '')
  if (!declaration || !defaultNamespaces.includes(declaration[1] ?? '')) return null
  const declarationColon = root.index + 1 + name.length + declaration.index + 'xmlns'.length
  return { prefix: new TextEncoder().encode(prefix), declarationColon }
}

const LESS_THAN = 0x3c
const SLASH = 0x2f
const COLON = 0x3a

/**
 * `<x:worksheet xmlns:x="…main">…<x:c>` → `<worksheet xmlns="…main">…<c>`:
 * the root element's prefix becomes the default namespace, when it is bound
 * to one of the namespaces above and the root has no default namespace yet.
 * Works on bytes: a 230,000-cell sheet is 11 MB, and string replacement
 * would cost five times as much.
 */
export function withoutRootPrefix(data: Uint8Array): Uint8Array {
  const found = strippablePrefix(data)
  if (!found) return data
  const { prefix, declarationColon } = found
  const skip = prefix.length + 1
  const matchesPrefix = (at: number): boolean => {
    for (let k = 0; k < prefix.length; k++) if (data[at + k] !== prefix[k]) return false
    return data[at + prefix.length] === COLON
  }
  const out = new Uint8Array(data.length)
  let o = 0
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] as number
    if (i === declarationColon) {
      i += skip - 1
      continue
    }
    out[o++] = byte
    if (byte !== LESS_THAN) continue
    if (data[i + 1] === SLASH) out[o++] = data[++i] as number
    if (matchesPrefix(i + 1)) i += skip
  }
  return out.subarray(0, o)
}

/** The folder a relationships part describes: "xl/_rels/workbook.xml.rels" → "xl", "_rels/.rels" → "". */
export function relationshipSourceFolder(relsPath: string): string {
  return relsPath.replace(/(^|\/)_rels\/[^/]*$/, '')
}

/** A relationship target as a package path without leading slash, resolving "../". */
export function resolveTarget(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean)
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop()
    else if (segment && segment !== '.') segments.push(segment)
  }
  return segments.join('/')
}

function relativeTarget(folder: string, path: string): string {
  const from = folder.split('/').filter(Boolean)
  const to = path.split('/')
  let common = 0
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/')
}

export interface RelationshipRewrite {
  /** New package paths for renamed parts (old → new). */
  renamed: ReadonlyMap<string, string>
  /** Relationship types (last path segment, e.g. "vmlDrawing") to remove. */
  dropTypes: ReadonlySet<string>
}

/**
 * Makes every internal target relative to the part's folder (ExcelJS joins
 * "xl/" and the target, so "/xl/worksheets/sheet1.xml" would be lost),
 * follows renamed parts, and removes relationships of dropped types.
 * Returns the new text and the package paths of the dropped targets.
 */
export function rewriteRelationships(
  relsPath: string,
  xml: string,
  rewrite: RelationshipRewrite
): { xml: string; dropped: string[] } {
  const folder = relationshipSourceFolder(relsPath)
  const dropped: string[] = []
  const rewritten = xml.replace(/<Relationship\b[^>]*>/g, (element) => {
    if (/TargetMode\s*=\s*"External"/.test(element)) return element
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(element)?.[1]
    if (target === undefined) return element
    const path = resolveTarget(folder, target)
    const type = /\bType\s*=\s*"[^"]*\/([^/"]+)"/.exec(element)?.[1] ?? ''
    if (rewrite.dropTypes.has(type)) {
      dropped.push(path)
      return ''
    }
    const relative = relativeTarget(folder, rewrite.renamed.get(path) ?? path)
    return element.replace(/\bTarget\s*=\s*"[^"]*"/, `Target="${relative}"`)
  })
  return { xml: rewritten, dropped }
}

/**
 * Removes the sheet's link to its legacy VML drawing (cell comments), whose
 * relationship is dropped. It sits at the end of the sheet, so only the tail
 * is searched.
 */
export function withoutLegacyDrawing(sheetXml: string): string {
  let xml = sheetXml
  for (
    let start = xml.lastIndexOf('<legacyDrawing');
    start >= 0;
    start = xml.lastIndexOf('<legacyDrawing', start - 1)
  ) {
    const end = xml.indexOf('>', start)
    if (end >= 0) xml = xml.slice(0, start) + xml.slice(end + 1)
  }
  return xml
}

/** Renames and removes parts in [Content_Types].xml. */
export function rewriteContentTypes(
  xml: string,
  renamed: ReadonlyMap<string, string>,
  removed: ReadonlySet<string>
): string {
  return xml.replace(/<Override\b[^>]*\bPartName\s*=\s*"\/?([^"]*)"[^>]*\/>/g, (element, part: string) => {
    if (removed.has(part)) return ''
    const newName = renamed.get(part)
    return newName ? element.replace(`/${part}"`, `/${newName}"`) : element
  })
}
