/**
 * The text of anything thrown: an Error's message, or the value itself as
 * text (a rejected promise may carry a string or an object).
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
