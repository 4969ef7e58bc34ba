import type { RegionRef, Sex, StatisticsFormat } from '@/domain/statistics/statistics-table'

/** Swedish names for what the statistics screens show. */
export const formatLabels: Readonly<Record<StatisticsFormat, string>> = {
  'pxweb-xlsx': 'SCB Statistikdatabasen (PxWeb, .xlsx)',
  'static-xlsx': 'SCB-tabell (.xlsx)',
  'kolada-xlsx': 'Kolada (.xlsx)',
  'long-xlsx': 'Lång tabell, en rad per värde (.xlsx)',
  px: 'PC-Axis (.px)',
  csv: 'CSV',
  'json-stat': 'JSON-stat (.json)'
}

export const sexLabels: Readonly<Record<Sex, string>> = { women: 'Kvinnor', men: 'Män', total: 'Totalt' }

/** "0880 Kalmar", or the name alone when the file gave no code. */
export function regionText(region: RegionRef): string {
  return region.code ? `${region.code} ${region.name}` : region.name
}
