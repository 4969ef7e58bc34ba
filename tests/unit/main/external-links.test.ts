import { describe, expect, it, vi } from 'vitest'
import { classifyExternalUrl, createExternalLinks } from '../../../src/main/external-links'

describe('which links leave the app', () => {
  it.each([
    ['https://www.regeringen.se/', 'https'],
    ['http://www.kalmar.se/', 'http'],
    ['mailto:asa.oberg@kalmar.se', 'mailto'],
    ['mailto:asa.oberg@kalmar.se;per.lind@borgholm.se', 'mailto'],
    ['mailto:?bcc=asa.oberg@kalmar.se;per.lind@borgholm.se&subject=Inbjudan%20till%20n%C3%A4tverksm%C3%B6te', 'mailto'],
    ['mailto:%C3%A5sa@v%C3%A4xj%C3%B6.se', 'mailto']
  ])('opens %s as %s', (url, kind) => {
    expect(classifyExternalUrl(url)).toBe(kind)
  })

  it.each([
    'file:///C:/Windows/system32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-settings:privacy',
    'https://user:pw@evil.example/',
    'mailto:',
    'mailto:inte en adress',
    'mailto:asa@kalmar',
    'mailto:asa@kalmar.se?attach=C:\\secret.txt',
    'mailto:asa@kalmar.se%0D%0ABcc:someone@evil.example',
    'mailto:?bcc=inte-en-adress',
    'not a url'
  ])('refuses %s', (url) => {
    expect(classifyExternalUrl(url)).toBeNull()
  })
})

describe('opening a link', () => {
  const setup = (answer: boolean) => {
    const openExternal = vi.fn(async (_url: string) => undefined)
    const confirmUnencrypted = vi.fn(async (_url: string) => answer)
    return { openExternal, confirmUnencrypted, links: createExternalLinks({ openExternal, confirmUnencrypted }) }
  }

  it('opens https and mailto at once, without a question', async () => {
    const { openExternal, confirmUnencrypted, links } = setup(false)
    expect(await links.open('https://www.scb.se/')).toEqual({ status: 'opened' })
    expect(await links.open('mailto:asa.oberg@kalmar.se')).toEqual({ status: 'opened' })
    expect(openExternal.mock.calls).toEqual([['https://www.scb.se/'], ['mailto:asa.oberg@kalmar.se']])
    expect(confirmUnencrypted).not.toHaveBeenCalled()
  })

  it('asks before an unencrypted page, and opens it only on yes', async () => {
    const no = setup(false)
    expect(await no.links.open('http://www.kalmar.se/')).toEqual({ status: 'cancelled' })
    expect(no.openExternal).not.toHaveBeenCalled()
    const yes = setup(true)
    expect(await yes.links.open('http://www.kalmar.se/')).toEqual({ status: 'opened' })
    expect(yes.openExternal).toHaveBeenCalledExactlyOnceWith('http://www.kalmar.se/')
  })

  it('refuses anything else with a Swedish reason, asking nothing', async () => {
    const { openExternal, confirmUnencrypted, links } = setup(true)
    const result = await links.open('file:///etc/passwd')
    expect(result).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('Kugghjul öppnar bara webbsidor')
    })
    expect(openExternal).not.toHaveBeenCalled()
    expect(confirmUnencrypted).not.toHaveBeenCalled()
  })
})
