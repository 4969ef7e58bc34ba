import { describe, expect, it } from 'vitest'
import { certificateYears, filterCertificates } from '@/domain/certificates/certificate-list'
import { certificate, content } from './certificate-fixture'

const kalmar = certificate('K7QM-2XRP-9D')
const borgholm = certificate('B8RT-3YZQ-1A', {
  id: 'c2',
  number: 'H-2027-001',
  issuedOn: '2027-01-12',
  content: { ...content, number: 'H-2027-001', memberName: 'Borgholms kommun', orgNumber: '212000-0761' }
})
const all = [kalmar, borgholm]

describe('issued certificates list', () => {
  it('offers the years certificates were issued in, newest first', () => {
    expect(certificateYears(all)).toEqual(['2027', '2026'])
  })

  it('narrows by year and by number, code, member name or orgnr', () => {
    expect(filterCertificates(all, { query: '', year: '' })).toEqual(all)
    expect(filterCertificates(all, { query: '', year: '2027' })).toEqual([borgholm])
    expect(filterCertificates(all, { query: 'borgholm', year: '' })).toEqual([borgholm])
    expect(filterCertificates(all, { query: 'k7qm', year: '' })).toEqual([kalmar])
    expect(filterCertificates(all, { query: 'H-2026', year: '' })).toEqual([kalmar])
    expect(filterCertificates(all, { query: '212000', year: '2026' })).toEqual([])
  })
})
