import { describe, expect, it } from 'vitest'
import {
  guessImportMapping,
  importRowsFromTable,
  missingRequiredFields,
  normaliseImportedDate
} from '@/domain/members/member-import-mapping'

describe('member import mapping', () => {
  it('recognises the usual Swedish column headers', () => {
    const mapping = guessImportMapping([
      'Verksamhet',
      'Org.nr',
      'Kommun',
      'Beslutsdatum',
      'Dnr',
      'Kontaktperson',
      'E-post',
      'Övrigt'
    ])
    expect(mapping).toMatchObject({
      name: 0,
      orgNumber: 1,
      municipality: 2,
      decisionDate: 3,
      decisionReference: 4,
      contactName: 5,
      contactEmail: 6,
      type: -1
    })
    expect(missingRequiredFields(mapping)).toEqual([])
    expect(missingRequiredFields(guessImportMapping(['Namn', 'Övrigt']))).toEqual(['orgNumber', 'decisionDate'])
  })

  it('reads dates written the ways people write them', () => {
    expect(normaliseImportedDate('2024-03-15')).toBe('2024-03-15')
    expect(normaliseImportedDate('2024/3/5')).toBe('2024-03-05')
    expect(normaliseImportedDate('15.3.2024')).toBe('2024-03-15')
    expect(normaliseImportedDate('mars 2024')).toBe('mars 2024')
  })

  it('turns rows into drafts: kommun by name, type by label, default type otherwise, one contact person', () => {
    const mapping = guessImportMapping(['Namn', 'Orgnr', 'Typ', 'Kommun', 'Beslutsdatum', 'Kontaktperson', 'Telefon'])
    const [kommun, forening] = importRowsFromTable(
      [
        ['Borgholms kommun', '212000-0761', 'kommun', 'Borgholm', '2025-01-10', '', ''],
        ['Ölands förening', '802000-0003', '', '0885 Borgholm', '10.2.2025', 'Åsa Lind', '0485-123 45']
      ],
      [2, 3],
      mapping,
      'nonProfit'
    )
    expect(kommun!.draft).toMatchObject({
      name: 'Borgholms kommun',
      type: 'municipality',
      municipalityCode: '0885',
      contactPersons: []
    })
    expect(forening!.draft).toMatchObject({ type: 'nonProfit', municipalityCode: '0885' })
    expect(forening!.draft.contactPersons).toEqual([{ name: 'Åsa Lind', role: '', email: '', phone: '0485-123 45' }])
    expect(forening!.decision.decisionDate).toBe('2025-02-10')
    expect(forening!.rowNumber).toBe(3)
  })
})
