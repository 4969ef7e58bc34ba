import { describe, expect, it } from 'vitest'
import { isMissingSymbol, numberFromText, readCell } from '@/domain/statistics/cell-value'

describe('cell values', () => {
  it('keeps SCB and Kolada missing-value symbols, including an empty cell', () => {
    expect(['..', '.', '-', '', '...', '–', 'x'].every(isMissingSymbol)).toBe(true)
    expect(readCell('..')).toEqual({ kind: 'missing', symbol: '..' })
    expect(readCell('.')).toEqual({ kind: 'missing', symbol: '.' })
    expect(readCell('x')).toEqual({ kind: 'missing', symbol: 'x' })
    expect(readCell(null)).toEqual({ kind: 'missing', symbol: '' })
  })

  it('reads SCB’s "-" and "–" (nothing to report) and "0", "0,0" (less than half the unit) as zero', () => {
    expect(readCell(' - ')).toEqual({ kind: 'value', value: 0 })
    expect(readCell('–')).toEqual({ kind: 'value', value: 0 })
    expect(readCell('0,0')).toEqual({ kind: 'value', value: 0 })
    expect(readCell('0')).toEqual({ kind: 'value', value: 0 })
  })

  it('lets a file’s own declarations (PC-Axis DATASYMBOL…) take precedence', () => {
    const declared = new Map([
      ['-', 'missing' as const],
      ['*', 'zero' as const]
    ])
    expect(readCell('-', declared)).toEqual({ kind: 'missing', symbol: '-' })
    expect(readCell('*', declared)).toEqual({ kind: 'value', value: 0 })
  })

  it('reads thousands separators (space, no-break, narrow no-break), decimal commas and strips footnote markers', () => {
    expect(readCell('1 234')).toEqual({ kind: 'value', value: 1234 })
    expect(readCell('1\u00a0234,5')).toEqual({ kind: 'value', value: 1234.5 })
    expect(readCell('12\u202f345')).toEqual({ kind: 'value', value: 12345 })
    expect(readCell('1 234*')).toEqual({ kind: 'value', value: 1234, footnote: '*' })
    expect(readCell('45,2\u00b9')).toEqual({ kind: 'value', value: 45.2, footnote: '\u00b9' })
    expect(readCell('12,5 (1)')).toEqual({ kind: 'value', value: 12.5, footnote: '(1)' })
    expect(readCell('880 2)')).toEqual({ kind: 'value', value: 880, footnote: '2)' })
    expect(readCell('1231)')).toEqual({ kind: 'unknown', text: '1231)' })
  })

  it('reads numbers, and numbers written as text with Swedish separators', () => {
    expect(readCell(-2543)).toEqual({ kind: 'value', value: -2543 })
    expect(numberFromText('1 234')).toBe(1234)
    expect(numberFromText('12,5')).toBe(12.5)
    expect(numberFromText('\u22123')).toBe(-3)
    expect(numberFromText('12 kr')).toBeNull()
  })

  it('marks other text as unknown rather than guessing', () => {
    expect(readCell('#N/A')).toEqual({ kind: 'unknown', text: '#N/A' })
  })
})
