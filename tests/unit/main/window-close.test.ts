import { describe, expect, it } from 'vitest'
import { createMainServices } from '../../../src/main/main-services'
import { closeQuestion, createWindowCloseGuard } from '../../../src/main/window-close'

const appPage = { url: 'app://kugghjul/index.html' }

/** The real services with the question box answered by `answer`; records how often it was asked. */
function servicesAnswering(answer: boolean) {
  const asked: number[] = []
  const services = createMainServices({
    version: '0.1.0',
    userData: '/tmp/kugghjul-window-close-unused',
    documents: '/tmp/kugghjul-window-close-unused',
    showSaveDialog: async () => ({ canceled: true }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    confirmUnencrypted: async () => false,
    openExternal: async () => undefined,
    askToClose: () => {
      asked.push(1)
      return answer
    }
  })
  return { ...services, asked }
}

describe('closing the window with unsaved changes', () => {
  it('closes without a question while nothing is unsaved', async () => {
    const { dispatch, windowClose, asked } = servicesAnswering(false)
    expect(windowClose.mayClose()).toBe(true)
    await dispatch('window:unsaved-changes', { unsaved: true }, appPage)
    await dispatch('window:unsaved-changes', { unsaved: false }, appPage)
    expect(windowClose.mayClose()).toBe(true)
    expect(asked).toHaveLength(0)
  })

  it('stays open when the user answers Avbryt, and asks again next time', async () => {
    const { dispatch, windowClose, asked } = servicesAnswering(false)
    await dispatch('window:unsaved-changes', { unsaved: true }, appPage)
    expect(windowClose.mayClose()).toBe(false)
    expect(windowClose.mayClose()).toBe(false)
    expect(asked).toHaveLength(2)
  })

  it('closes when the user answers Stäng, without asking a second time on quit', () => {
    let asked = 0
    const guard = createWindowCloseGuard(() => (asked++, true))
    guard.setUnsavedChanges(true)
    expect(guard.mayClose()).toBe(true)
    expect(guard.mayClose()).toBe(true)
    expect(asked).toBe(1)
  })

  it('asks in Swedish with Avbryt as the default and the Escape answer', () => {
    expect(closeQuestion.message).toBe('Du har osparade ändringar. Stäng ändå?')
    expect(closeQuestion.buttons).toEqual(['Stäng', 'Avbryt'])
    expect(closeQuestion.buttons[closeQuestion.defaultId]).toBe('Avbryt')
    expect(closeQuestion.cancelId).toBe(closeQuestion.defaultId)
  })

  it('refuses a report that is not a plain true or false, and one from another page', async () => {
    const { dispatch, windowClose } = servicesAnswering(false)
    await expect(dispatch('window:unsaved-changes', { unsaved: 'ja' }, appPage)).rejects.toThrow(/unsaved/)
    await expect(dispatch('window:unsaved-changes', { unsaved: true, extra: 1 }, appPage)).rejects.toThrow(
      /okända fält/
    )
    await expect(
      dispatch('window:unsaved-changes', { unsaved: true }, { url: 'https://example.com/' })
    ).rejects.toThrow(/avsändaren/)
    expect(windowClose.mayClose()).toBe(true)
  })
})
