import { zipSync } from 'fflate'
import { guardMergedRanges } from './merge-guard'
import { readZipDirectory } from './zip-directory'
import { readZipEntry } from './zip-entry-reader'
import { guardZipEntries } from './zip-guard'
import {
  rewriteContentTypes,
  rewriteRelationships,
  withoutByteOrderMark,
  withoutLegacyDrawing,
  withoutRootPrefix
} from './xlsx-part-rewrites'

/**
 * Unpacks an .xlsx in memory (after the zip guard), rewrites what ExcelJS 4
 * cannot read in SCB's ClosedXML exports, checks merged ranges, and packs it
 * again without compression, so ExcelJS spends no time inflating twice.
 *
 * ClosedXML differences handled: `x:`-prefixed XML, absolute relationship
 * targets, a byte-order mark before .rels, a legacy VML drawing for cell
 * comments (dropped with the comments), and unnumbered part names such as
 * xl/worksheets/sheet.xml (ExcelJS only reads sheetN.xml).
 */
export function normaliseXlsx(file: string, bytes: Uint8Array): Uint8Array {
  const entries = readZipDirectory(file, bytes)
  guardZipEntries(file, entries)
  const parts = new Map<string, Uint8Array>()
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    const data = readZipEntry(file, bytes, entry)
    parts.set(
      entry.name.replace(/^\//, ''),
      /\.(xml|rels)$/i.test(entry.name) ? withoutRootPrefix(withoutByteOrderMark(data)) : data
    )
  }
  const decoder = new TextDecoder()
  const encoder = new TextEncoder()
  for (const [name, data] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue
    const xml = decoder.decode(data)
    guardMergedRanges(file, xml)
    const withoutDrawing = withoutLegacyDrawing(xml)
    if (withoutDrawing !== xml) parts.set(name, encoder.encode(withoutDrawing))
  }
  const renamed = numberedWorksheetNames([...parts.keys()])
  const removed = new Set<string>()
  for (const [name, data] of parts) {
    if (!name.endsWith('.rels')) continue
    const result = rewriteRelationships(name, decoder.decode(data), { renamed, dropTypes: droppedRelationshipTypes })
    parts.set(name, encoder.encode(result.xml))
    for (const path of result.dropped) removed.add(path)
  }
  const contentTypes = parts.get('[Content_Types].xml')
  if (contentTypes)
    parts.set(
      '[Content_Types].xml',
      encoder.encode(rewriteContentTypes(decoder.decode(contentTypes), renamed, removed))
    )

  const output: Record<string, Uint8Array> = {}
  for (const [name, data] of parts) if (!removed.has(name)) output[renamed.get(name) ?? name] = data
  return zipSync(output, { level: 0 })
}

/** "xl/worksheets/sheet.xml" → "xl/worksheets/sheet2.xml" (and its .rels), avoiding numbers already used. */
function numberedWorksheetNames(names: readonly string[]): Map<string, string> {
  const renamed = new Map<string, string>()
  const used = new Set(names.flatMap((name) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] ?? []))
  let next = 1
  for (const name of names) {
    const base = /^xl\/worksheets\/([^/]+)\.xml$/.exec(name)?.[1]
    if (base === undefined || /^sheet\d+$/.test(base)) continue
    while (used.has(String(next))) next++
    used.add(String(next))
    renamed.set(name, `xl/worksheets/sheet${next}.xml`)
    renamed.set(`xl/worksheets/_rels/${base}.xml.rels`, `xl/worksheets/_rels/sheet${next}.xml.rels`)
  }
  return renamed
}

const droppedRelationshipTypes: ReadonlySet<string> = new Set(['vmlDrawing', 'comments'])
