/**
 * Names of measures (mått). A table's dimensions other than region, sex and
 * year (the content variable, age, education level, …) become part of the
 * measure name, so each measure is one series per region.
 */

export function joinMeasureParts(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ')
}

/**
 * The measure a PxWeb title is about: "Invånare per kvadratkilometer efter
 * region och år" → "Invånare per kvadratkilometer". Other titles are kept whole.
 */
export function measureFromTitle(title: string): string {
  const text = title.trim().replace(/\s+/g, ' ')
  const match = /^(.*?\S)\s+(?:efter|by)\s+\S.*$/i.exec(text)
  return match?.[1] ?? text
}
