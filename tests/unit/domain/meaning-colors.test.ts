import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { actionStatuses } from '@/domain/action-plans/action'
import { actionStatusColors, participantColors, type MeaningColor } from '@/domain/meaning-colors'

/** The CSS custom property of a meaning: --color-women, --color-action-in-progress, … */
function cssPropertyName(meaning: string, group: 'participant' | 'action'): string {
  const kebab = meaning.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
  return group === 'action' ? `--color-action-${kebab}` : `--color-${kebab}`
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const meanings: [string, 'participant' | 'action', MeaningColor][] = [
  ...Object.entries(participantColors).map(([m, c]): [string, 'participant', MeaningColor] => [m, 'participant', c]),
  ...Object.entries(actionStatusColors).map(([m, c]): [string, 'action', MeaningColor] => [m, 'action', c])
]

const css = readFileSync(resolve(import.meta.dirname, '../../../src/renderer/src/assets/main.css'), 'utf8')
const cssValue = (name: string): string | undefined => new RegExp(`${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(css)?.[1]

describe('one colour per meaning', () => {
  it.each(meanings)('%s: white text on it, it on white and on its background have at least 4.5:1', (_, __, color) => {
    expect(contrast(color.strong, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(contrast(color.strong, color.soft)).toBeGreaterThanOrEqual(4.5)
  })

  it('gives no two meanings the same colour', () => {
    const strong = meanings.map(([, , c]) => c.strong.toLowerCase())
    expect(new Set(strong).size).toBe(strong.length)
  })

  it('has a colour for every action status', () => {
    expect(Object.keys(actionStatusColors).sort()).toEqual([...actionStatuses].sort())
  })

  it.each(meanings)("%s: the app's CSS custom properties hold the same colours", (meaning, group, color) => {
    const name = cssPropertyName(meaning, group)
    expect(cssValue(name)).toBe(color.strong)
    expect(cssValue(`${name}-bg`)).toBe(color.soft)
  })
})
