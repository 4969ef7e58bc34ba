/**
 * The dimensions a reader found in a table (stub columns and header rows of
 * a pivot table, variables of a PC-Axis file), what it took each one for and
 * how sure it is, so the preview can let the user correct a guess.
 */

/** What a dimension can be taken for; anything that is not region, sex or year is part of the measure name. */
export type DimensionRoleChoice = 'region' | 'sex' | 'year' | 'measure'

export const dimensionRoleChoices: readonly DimensionRoleChoice[] = ['region', 'sex', 'year', 'measure']

/** Swedish labels for the preview's select. */
export const dimensionRoleLabels: Readonly<Record<DimensionRoleChoice, string>> = {
  region: 'Region',
  sex: 'Kön',
  year: 'År',
  measure: 'Del av måttets namn'
}

export interface DetectedDimension {
  /** Stable for one file: 'stub:0' (first stub column), 'header:1' (second header row), 'px:Kön' (a PC-Axis variable). */
  key: string
  /** Swedish, for the preview: the heading or variable name, and where it is. */
  label: string
  /** The first few distinct labels, so the user can see what the dimension holds. */
  examples: string[]
  role: DimensionRoleChoice
  /** 'unsure' when the labels fit the role only in part, or a heading says otherwise. */
  certainty: 'sure' | 'unsure'
  /** True when the role comes from the user's override, not detection. */
  overridden: boolean
}

/** The user's corrections, by DetectedDimension.key. */
export type RoleOverrides = Readonly<Record<string, DimensionRoleChoice>>

/** Which column (1 = A) holds the region, the time period and the sex, as `inspect-stats --region-column N` takes them. */
export interface ColumnChoices {
  region?: number
  time?: number
  sex?: number
}

/**
 * Column choices as overrides, for whichever reader the file goes to: the
 * n-th stub column of a pivot table ('stub:n') and the n-th column of a long
 * table ('column:n'). Keys a file does not have are ignored by its reader.
 */
export function overridesForColumns(choices: ColumnChoices): RoleOverrides {
  const overrides: Record<string, DimensionRoleChoice> = {}
  const roles: [number | undefined, DimensionRoleChoice][] = [
    [choices.region, 'region'],
    [choices.time, 'year'],
    [choices.sex, 'sex']
  ]
  for (const [column, role] of roles) {
    if (column === undefined) continue
    overrides[`stub:${column - 1}`] = role
    overrides[`column:${column - 1}`] = role
  }
  return overrides
}

/**
 * The preview's "which column holds …" choice: `key` takes `role`, and any
 * other dimension the user had given that role goes back to being detected.
 */
export function chooseDimensionFor(current: RoleOverrides, key: string, role: DimensionRoleChoice): RoleOverrides {
  const next: Record<string, DimensionRoleChoice> = {}
  for (const [other, otherRole] of Object.entries(current))
    if (other !== key && otherRole !== role) next[other] = otherRole
  next[key] = role
  return next
}
