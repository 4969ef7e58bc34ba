import { describe, expect, it } from 'vitest'
import { addressListText, bccMailto, contactAddresses, MAILTO_MAX_LENGTH } from '@/domain/email/address-list'

const member = (...emails: string[]) => ({ contactPersons: emails.map((email) => ({ email })) })

describe('contact persons’ addresses', () => {
  it('lists each address once in the members’ order, without empty or malformed ones, separated by semicolons', () => {
    const addresses = contactAddresses([
      member('asa.oberg@kalmar.se', ''),
      member('Asa.Oberg@Kalmar.se', 'per@hogsby.se'),
      member('inte en adress'),
      member(' lena@region.se ')
    ])
    expect(addresses).toEqual(['asa.oberg@kalmar.se', 'per@hogsby.se', 'lena@region.se'])
    expect(addressListText(addresses)).toBe('asa.oberg@kalmar.se; per@hogsby.se; lena@region.se')
  })

  it('writes a mailto link with every address in Bcc while it fits, otherwise says why', () => {
    expect(bccMailto(['asa.oberg@kalmar.se', 'per+natverk@hogsby.se'])).toEqual({
      fits: true,
      url: 'mailto:?bcc=asa.oberg%40kalmar.se,per%2Bnatverk%40hogsby.se'
    })
    const many = Array.from({ length: 120 }, (_, i) => `kontakt.nummer${i}@kommunen.se`)
    const link = bccMailto(many)
    expect(link.fits).toBe(false)
    expect(link.fits ? '' : link.reason).toMatch(/^De 120 adresserna är för många .* Adresserna är kopierade i stället/)
    const fitting = bccMailto(many.slice(0, 40))
    expect(fitting.fits && fitting.url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH)
    expect(bccMailto([])).toEqual({ fits: false, reason: 'Det finns inga e-postadresser till kontaktpersonerna.' })
  })
})
