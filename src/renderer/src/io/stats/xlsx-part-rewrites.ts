/**
 * String rewrites of single OOXML parts that make ClosedXML's output (SCB
 * PxWeb exports) look like what ExcelJS 4 expects. Each takes and returns
 * the part's text.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Drops a byte-order mark, which ClosedXML writes at the start of .rels parts. */
export function withoutByteOrderMark(xml: string): string {
  return xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml
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

/**
 * `<x:worksheet xmlns:x="…main">…<x:c>` → `<worksheet xmlns="…main">…<c>`:
 * the root element's prefix becomes the default namespace, when it is bound
 * to one of the namespaces above and the root has no default namespace yet.
 */
export function withoutRootPrefix(xml: string): string {
  const root = /<(?![?!])([^\s/>]+)([^>]*)>/.exec(xml)
  const name = root?.[1]
  const attributes = root?.[2] ?? ''
  if (!name?.includes(':') || /\sxmlns\s*=/.test(attributes)) return xml
  const prefix = escapeRegExp(name.slice(0, name.indexOf(':')))
  const namespace = new RegExp(`xmlns:${prefix}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1] ?? ''
  if (!defaultNamespaces.includes(namespace)) return xml
  return xml.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1').replace(new RegExp(`xmlns:${prefix}\\s*=`), 'xmlns=')
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
export function rewriteRelationships(relsPath: string, xml: string, rewrite: RelationshipRewrite): { xml: string; dropped: string[] } {
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

/** Removes the sheet's link to its legacy VML drawing (cell comments), which ExcelJS cannot follow in ClosedXML files. */
export function withoutLegacyDrawing(sheetXml: string): string {
  return sheetXml.replace(/<legacyDrawing(?:HF)?\b[^>]*\/>/g, '')
}

/** Renames and removes parts in [Content_Types].xml. */
export function rewriteContentTypes(xml: string, renamed: ReadonlyMap<string, string>, removed: ReadonlySet<string>): string {
  return xml.replace(/<Override\b[^>]*\bPartName\s*=\s*"\/?([^"]*)"[^>]*\/>/g, (element, part: string) => {
    if (removed.has(part)) return ''
    const newName = renamed.get(part)
    return newName ? element.replace(`/${part}"`, `/${newName}"`) : element
  })
}
