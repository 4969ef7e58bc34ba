/**
 * Closing the window while a form holds unsaved changes asks first. The
 * renderer reports whether it has unsaved changes (the `window:unsaved-changes`
 * channel); the window's `close` event asks this guard whether it may close.
 */
export interface WindowCloseGuard {
  /** What the renderer last reported. */
  setUnsavedChanges(unsaved: boolean): void
  /** true: let the window close; false: keep it open (the caller prevents the close). */
  mayClose(): boolean
}

/** `askToClose` shows the question box and returns true for Stäng. */
export function createWindowCloseGuard(askToClose: () => boolean): WindowCloseGuard {
  let unsaved = false
  return {
    setUnsavedChanges: (value) => void (unsaved = value),
    mayClose() {
      if (!unsaved) return true
      if (!askToClose()) return false
      // The renderer is about to go; a second close event (on quit) must not ask again.
      unsaved = false
      return true
    }
  }
}

/** The question box's text and buttons (Stäng is button 0, Avbryt the default and Escape). */
export const closeQuestion = {
  type: 'question' as const,
  title: 'Osparade ändringar',
  message: 'Du har osparade ändringar. Stäng ändå?',
  detail: 'Det du har skrivit i formuläret sparas inte om du stänger.',
  buttons: ['Stäng', 'Avbryt'],
  defaultId: 1,
  cancelId: 1,
  noLink: true
}
