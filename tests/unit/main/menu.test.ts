import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../../src/main/menu'

describe('application menu', () => {
  it('is in Swedish with Arkiv, Redigera, Visa and Hjälp', () => {
    const menu = buildMenuTemplate({ showAbout: vi.fn(), openHelp: vi.fn() }, false, false)
    expect(menu.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp'])
    const edit = menu[1]!.submenu!.map((i) => i.label).filter(Boolean)
    expect(edit).toEqual(['Ångra', 'Gör om', 'Klipp ut', 'Kopiera', 'Klistra in', 'Markera allt'])
  })

  it('offers developer tools only while developing', () => {
    const labels = (isDev: boolean) =>
      buildMenuTemplate({ showAbout: vi.fn(), openHelp: vi.fn() }, false, isDev)[2]!.submenu!.map((i) => i.label)
    expect(labels(false)).not.toContain('Utvecklarverktyg')
    expect(labels(true)).toContain('Utvecklarverktyg')
  })

  it('opens the about box from Hjälp', () => {
    const showAbout = vi.fn()
    const help = buildMenuTemplate({ showAbout, openHelp: vi.fn() }, false, false)[3]!
    help.submenu!.find((i) => i.label === 'Om Kugghjul')!.click!()
    expect(showAbout).toHaveBeenCalledOnce()
  })

  it('puts the app menu first on macOS', () => {
    const menu = buildMenuTemplate({ showAbout: vi.fn(), openHelp: vi.fn() }, true, false)
    expect(menu.map((m) => m.label)).toEqual(['Kugghjul', 'Arkiv', 'Redigera', 'Visa', 'Hjälp'])
  })
})
