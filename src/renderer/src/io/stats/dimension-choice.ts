import { periodFromCell } from '@/domain/statistics/period-label'
import { recognizeSex } from '@/domain/statistics/sex-label'
import {
  dimensionRoleLabels,
  type DetectedDimension,
  type DimensionRoleChoice,
  type RoleOverrides
} from '@/domain/statistics/statistics-dimension'
import { classifyLabelsWithCertainty, type DimensionRole, type RegionCache } from './dimension-role'
import { statisticsFileErrors } from './statistics-file-error'

/**
 * One dimension's role: detected from its labels, or the user's choice from
 * the preview when there is one. Every reader that detects roles reports each
 * dimension through here, so the preview can show what was taken for what.
 */
export interface DimensionToClassify {
  key: string
  label: string
  labels: readonly string[]
  hint: DimensionRole | null
}

export interface ChosenRole {
  role: DimensionRole
  dimension: DetectedDimension
}

const roleNames: Readonly<Record<DimensionRoleChoice, string>> = {
  region: 'region',
  sex: 'kön',
  year: 'år',
  measure: 'mått'
}

/** A chosen role must fit every label: sex and year are read from the labels, so "Folkmängd" cannot be a year. */
function checkChoice(file: string, dimension: DimensionToClassify, role: DimensionRoleChoice): void {
  const misfit =
    role === 'sex'
      ? dimension.labels.find((label) => recognizeSex(label) === null)
      : role === 'year'
        ? dimension.labels.find((label) => periodFromCell(label) === null)
        : undefined
  if (misfit !== undefined) throw statisticsFileErrors.roleDoesNotFit(file, dimension.label, roleNames[role], misfit)
}

function asChoice(role: DimensionRole): DimensionRoleChoice {
  return role === 'labelled-year' ? 'year' : role
}

export function chooseRole(
  file: string,
  dimension: DimensionToClassify,
  regions: RegionCache,
  overrides: RoleOverrides | undefined
): ChosenRole {
  const examples = dimension.labels.slice(0, 4)
  const chosen = overrides?.[dimension.key]
  const detected = classifyLabelsWithCertainty(dimension.labels, dimension.hint, regions)
  if (chosen) {
    const confirmed = chosen === asChoice(detected.role)
    if (!confirmed) checkChoice(file, dimension, chosen)
    const role = confirmed ? detected.role : chosen
    return {
      role,
      dimension: {
        key: dimension.key,
        label: dimension.label,
        examples,
        role: chosen,
        certainty: 'sure',
        overridden: true
      }
    }
  }
  // The user said another dimension holds this role (the time period, the region, the sex): this one becomes part of the measure.
  const detectedChoice = asChoice(detected.role)
  const claimed =
    detectedChoice !== 'measure' &&
    Object.entries(overrides ?? {}).some(([key, role]) => key !== dimension.key && role === detectedChoice)
  if (claimed)
    return {
      role: 'measure',
      dimension: {
        key: dimension.key,
        label: dimension.label,
        examples,
        role: 'measure',
        certainty: 'unsure',
        overridden: false
      }
    }
  const certainty = detected.sure ? 'sure' : 'unsure'
  return {
    role: detected.role,
    dimension: {
      key: dimension.key,
      label: dimension.label,
      examples,
      role: asChoice(detected.role),
      certainty,
      overridden: false
    }
  }
}

/** Applies an earlier choice again (a second region column becomes measure) and keeps the report in step. */
export function withRole(chosen: ChosenRole, role: DimensionRole): ChosenRole {
  if (chosen.role === role) return chosen
  return { role, dimension: { ...chosen.dimension, role: asChoice(role), certainty: 'unsure' } }
}

/** What the reader found, for a message about what is missing: 'Kolumnen "ålder" (kolumn A) – del av måttets namn'. */
export function describeFound(dimensions: readonly DetectedDimension[]): string[] {
  return dimensions.map((d) => `${d.label} – ${dimensionRoleLabels[d.role].toLocaleLowerCase('sv')}`)
}
