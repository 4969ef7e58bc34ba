import { describe, expect, it } from 'vitest'
import { emptyMemberDraft, memberToDraft, type MemberDraft } from '@/domain/members/member'
import { memberTypeFromText } from '@/domain/members/member-type'
import { validateMemberDraft } from '@/domain/members/member-validation'
import { matchMunicipality, municipalityOptions } from '@/domain/regions/municipality-lookup'

function draft(overrides: Partial<MemberDraft> = {}): MemberDraft {
  return {
    ...emptyMemberDraft('governmentAgency'),
    name: 'Länsstyrelsen i Kalmar län',
    orgNumber: '2021002304',
    ...overrides
  }
}

describe('member draft validation', () => {
  it('returns the stored form: trimmed, orgnr with dash, website with https, postal code NNN NN', () => {
    const result = validateMemberDraft(
      draft({
        name: '  Länsstyrelsen  i Kalmar län ',
        website: 'www.lansstyrelsen.se/kalmar',
        postalCode: '39186',
        postalTown: ' Kalmar '
      })
    )
    expect(result).toEqual({
      ok: true,
      fields: {
        name: 'Länsstyrelsen i Kalmar län',
        orgNumber: '202100-2304',
        type: 'governmentAgency',
        municipalityCode: null,
        streetAddress: '',
        postalCode: '391 86',
        postalTown: 'Kalmar',
        website: 'https://www.lansstyrelsen.se/kalmar',
        contactPersons: []
      }
    })
  })

  it('gives one Swedish message per wrong field', () => {
    const result = validateMemberDraft(
      draft({ name: ' ', orgNumber: '202100-2305', website: 'inte en adress', postalCode: '3918' })
    )
    if (result.ok) throw new Error('expected errors')
    expect(result.errors.name).toBe('Ange verksamhetens namn, t.ex. "Kalmar kommun".')
    expect(result.errors.orgNumber).toMatch(/Kontrollsiffran stämmer inte/)
    expect(result.errors.website).toMatch(/www\.kalmar\.se/)
    expect(result.errors.postalCode).toMatch(/fem siffror/)
  })

  it('checks contact persons per row, drops blank rows and keeps ids', () => {
    const result = validateMemberDraft(
      draft({
        contactPersons: [
          {
            id: 'c1',
            name: 'Åsa Öberg',
            role: 'Jämställdhetsstrateg',
            email: 'asa.oberg@lansstyrelsen.se',
            phone: '010-223 80 00'
          },
          { name: '', role: '', email: '', phone: '' },
          { name: '', role: 'HR-chef', email: 'hr@@kalmar', phone: '12ab' }
        ]
      })
    )
    if (result.ok) throw new Error('expected errors')
    expect(Object.keys(result.errors.contactPersons ?? {})).toEqual(['2'])
    expect(result.errors.contactPersons?.[2]?.name).toMatch(/kontaktpersonens namn/)
    expect(result.errors.contactPersons?.[2]?.email).toMatch(/namn@exempel\.se/)
    expect(result.errors.contactPersons?.[2]?.phone).toMatch(/bara innehålla siffror/)

    const ok = validateMemberDraft(
      draft({
        contactPersons: [
          { id: 'c1', name: ' Åsa Öberg ', role: '', email: '', phone: '+46 480 123 45' },
          { name: '', role: '', email: '', phone: '' }
        ]
      })
    )
    expect(ok.ok && ok.fields.contactPersons).toEqual([
      { id: 'c1', name: 'Åsa Öberg', role: '', email: '', phone: '+46 480 123 45' }
    ])
  })

  it('refuses phone numbers with too few or too many digits', () => {
    const result = validateMemberDraft(draft({ contactPersons: [{ name: 'Per', role: '', email: '', phone: '123' }] }))
    expect(!result.ok && result.errors.contactPersons?.[0]?.phone).toMatch(/mellan 7 och 15 siffror/)
  })
})

describe('kommun code', () => {
  it("is set automatically from a kommun member's name", () => {
    const kalmar = validateMemberDraft(draft({ type: 'municipality', name: 'Kalmar kommun', orgNumber: '212000-0746' }))
    expect(kalmar.ok && kalmar.fields.municipalityCode).toBe('0880')
    const borgholm = validateMemberDraft(
      draft({ type: 'municipality', name: 'Borgholms kommun', orgNumber: '212000-0746', municipalityCode: '0880' })
    )
    expect(borgholm.ok && borgholm.fields.municipalityCode).toBe('0885')
  })

  it("asks for the kommun when a kommun member's name names none", () => {
    const result = validateMemberDraft(
      draft({ type: 'municipality', name: 'Sydöstra kommunen', orgNumber: '212000-0746' })
    )
    expect(!result.ok && result.errors.municipalityCode).toMatch(/Hittar ingen kommun som heter "Sydöstra kommunen"/)
  })

  it('keeps a chosen kommun for other types and refuses an unknown code', () => {
    const chosen = validateMemberDraft(
      draft({ type: 'nonProfit', name: 'Brottsofferjouren Kalmar', orgNumber: '802400-1235', municipalityCode: '0880' })
    )
    expect(chosen.ok && chosen.fields.municipalityCode).toBe('0880')
    const unknown = validateMemberDraft(draft({ municipalityCode: '9999' }))
    expect(!unknown.ok && unknown.errors.municipalityCode).toMatch(/Välj en kommun i listan/)
  })

  it('matches kommun names as registers and spreadsheets write them', () => {
    const code = (text: string) => matchMunicipality(text)?.code
    expect(code('Kalmar')).toBe('0880')
    expect(code('torsås kommun')).toBe('0834')
    expect(code('Göteborgs Stad')).toBe('1480')
    expect(code('Stockholms stad')).toBe('0180')
    expect(code('Region Gotland')).toBe('0980')
    expect(code('Falu kommun')).toBe('2080')
    expect(code('0880 Kalmar')).toBe('0880')
    expect(code('Atlantis')).toBeUndefined()
  })

  it("lists the county's own kommuner first, in Swedish order", () => {
    const options = municipalityOptions('08')
    expect(options).toHaveLength(290)
    expect(options.slice(0, 12).map((m) => m.name)).toEqual([
      'Borgholm',
      'Emmaboda',
      'Hultsfred',
      'Högsby',
      'Kalmar',
      'Mönsterås',
      'Mörbylånga',
      'Nybro',
      'Oskarshamn',
      'Torsås',
      'Vimmerby',
      'Västervik'
    ])
    expect(options[12]?.name).toBe('Ale')
    expect(options.at(-1)?.name).toBe('Övertorneå')
  })
})

describe('member types and drafts', () => {
  it('reads a type from its Swedish label or code', () => {
    expect(memberTypeFromText(' idéburen organisation ')).toBe('nonProfit')
    expect(memberTypeFromText('Kommun')).toBe('municipality')
    expect(memberTypeFromText('company')).toBe('company')
    expect(memberTypeFromText('bolag')).toBeUndefined()
  })

  it('turns a stored member back into a draft for editing', () => {
    const result = validateMemberDraft(draft({ type: 'municipality', name: 'Kalmar kommun', orgNumber: '212000-0746' }))
    if (!result.ok) throw new Error('expected ok')
    const stored = { ...result.fields, id: 'm1', archivedAt: null, contactPersons: [] }
    expect(memberToDraft(stored)).toMatchObject({
      name: 'Kalmar kommun',
      orgNumber: '212000-0746',
      municipalityCode: '0880'
    })
  })
})
