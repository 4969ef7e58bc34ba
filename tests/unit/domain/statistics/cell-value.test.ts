import { describe, expect, it } from 'vitest'
import { isMissingSymbol, numberFromText, readCell } from '@/domain/statistics/cell-value'

describe('cell values', () => {
  it('keeps SCB and Kolada missing-value symbols, including an empty cell', () => {
    expect(['..', '.', '-', '', '...', '–'].every(isMissingSymbol)).toBe(true)
    expect(readCell('..')).toEqual({ kind: 'missing', symbol: '..' })
    expect(readCell(null)).toEqual({ kind: 'missing', symbol: '' })
    expect(readCell(' - ')).toEqual({ kind: 'missing', symbol: '-' })
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
