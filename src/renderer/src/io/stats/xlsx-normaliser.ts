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
    if (!entry.name.endsWith('/')) parts.set(entry.name.replace(/^\//, ''), readZipEntry(file, bytes, entry))
  }
  const texts = new Map<string, string>()
  const decoder = new TextDecoder()
  for (const [name, data] of parts) {
    if (/\.(xml|rels)$/i.test(name)) texts.set(name, withoutRootPrefix(withoutByteOrderMark(decoder.decode(data))))
  }
  const renamed = numberedWorksheetNames([...parts.keys()])
  const removed = rewriteAllRelationships(texts, renamed)
  for (const [name, xml] of texts) {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      guardMergedRanges(file, xml)
      texts.set(name, withoutLegacyDrawing(xml))
    }
  }
  const contentTypes = texts.get('[Content_Types].xml')
  if (contentTypes !== undefined) texts.set('[Content_Types].xml', rewriteContentTypes(contentTypes, renamed, removed))

  const encoder = new TextEncoder()
  const output: Record<string, Uint8Array> = {}
  for (const [name, data] of parts) {
    if (removed.has(name)) continue
    const text = texts.get(name)
    output[renamed.get(name) ?? name] = text === undefined ? data : encoder.encode(text)
  }
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

/** Rewrites every .rels part in place; returns the parts that are no longer referenced. */
function rewriteAllRelationships(texts: Map<string, string>, renamed: ReadonlyMap<string, string>): Set<string> {
  const removed = new Set<string>()
  for (const [name, xml] of texts) {
    if (!name.endsWith('.rels')) continue
    const result = rewriteRelationships(name, xml, { renamed, dropTypes: droppedRelationshipTypes })
    texts.set(name, result.xml)
    for (const path of result.dropped) removed.add(path)
  }
  return removed
}
