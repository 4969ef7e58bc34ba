import { describe, expect, it } from 'vitest'
import { listCountLine, matchesWords, searchText, searchWords } from '@/domain/list-search'

const intyg = { one: 'intyg', many: 'intyg' }
const uppföljningar = { one: 'uppföljning', many: 'uppföljningar' }

describe('list search', () => {
  it('matches a row when every word occurs in its text, whatever the case (Å Ä Ö too)', () => {
    const text = searchText(['Östra Göinge kommun', null, 'H-2026-014'])
    expect(matchesWords(text, searchWords('  ÖSTRA   kommun '))).toBe(true)
    expect(matchesWords(text, searchWords('h-2026'))).toBe(true)
    expect(matchesWords(text, searchWords('östra region'))).toBe(false)
    expect(matchesWords(text, searchWords(''))).toBe(true)
  })
})

describe('listCountLine', () => {
  it('says how many are shown of how many, inflected, with Swedish thousands', () => {
    expect(listCountLine(50, 1000, 1000, intyg)).toBe('Visar 50 av 1\u00a0000 intyg')
    expect(listCountLine(50, 495, 495, uppföljningar)).toBe('Visar 50 av 495 uppföljningar')
    expect(listCountLine(1, 1, 1, uppföljningar)).toBe('Visar 1 av 1 uppföljning')
  })

  it('names the total when a search or filter narrows the list', () => {
    expect(listCountLine(1, 1, 495, uppföljningar)).toBe('Visar 1 av 1 uppföljning som matchar (495 totalt)')
  })
})
