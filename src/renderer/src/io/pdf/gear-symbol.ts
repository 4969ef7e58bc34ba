/**
 * The gear (kugghjul) of the joint work, as in the app icon
 * (src/renderer/public/favicon.svg), written out without <use> so every SVG
 * reader draws it: a ring with eight teeth and a hole.
 */
export function gearSvg(color: string, hole = '#ffffff'): string {
  const teeth = Array.from(
    { length: 8 },
    (_, i) => `<rect x="28" y="2" width="8" height="12" rx="2" transform="rotate(${i * 45} 32 32)"/>`
  ).join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">` +
    `<g fill="${color}"><circle cx="32" cy="32" r="20"/>${teeth}</g>` +
    `<circle cx="32" cy="32" r="9" fill="${hole}"/></svg>`
  )
}
