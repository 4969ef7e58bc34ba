import type { ActionStatus } from './action-plans/action'

/**
 * One colour per meaning, for the app's CSS, the charts on screen and in the
 * PDFs alike: women are always plum, men navy, "Pågår" always amber, and no
 * two meanings share a colour. `strong` is the colour itself (chart bars and
 * lines, text and borders); white text on it and it as text on white or on
 * `soft` (a badge's background) have at least 4.5:1 contrast (tested).
 * The CSS custom properties in assets/main.css (--color-<meaning> and
 * --color-<meaning>-bg) hold the same values; a test keeps them equal.
 */
export interface MeaningColor {
  strong: string
  soft: string
}

export const participantColors = {
  women: { strong: '#8c2d6b', soft: '#f8ecf3' },
  men: { strong: '#1d4f7c', soft: '#e8f0f7' },
  nonBinary: { strong: '#8a5a00', soft: '#fff4d6' },
  unknown: { strong: '#5f6b75', soft: '#f0f2f4' },
  total: { strong: '#3d4852', soft: '#eceff1' },
  nonMembers: { strong: '#00707a', soft: '#e3f4f5' }
} as const satisfies Record<string, MeaningColor>

export const actionStatusColors = {
  planned: { strong: '#5b3fa0', soft: '#efeafb' },
  inProgress: { strong: '#9a4a00', soft: '#fdeee0' },
  done: { strong: '#1e6b34', soft: '#e6f4ea' },
  cancelled: { strong: '#6e4a3a', soft: '#f3ece8' }
} as const satisfies Record<ActionStatus, MeaningColor>
