/** The six national gender-equality sub-goals (nationella jämställdhetspolitiska delmål). */
export interface NationalGoal {
  number: 1 | 2 | 3 | 4 | 5 | 6
  name: string
}

export const nationalGoals: readonly NationalGoal[] = [
  { number: 1, name: 'En jämn fördelning av makt och inflytande' },
  { number: 2, name: 'Ekonomisk jämställdhet' },
  { number: 3, name: 'Jämställd utbildning' },
  { number: 4, name: 'Jämn fördelning av det obetalda hem- och omsorgsarbetet' },
  { number: 5, name: 'Jämställd hälsa' },
  { number: 6, name: 'Mäns våld mot kvinnor ska upphöra' }
]

/** Delmål by number, as screens list them: "2. Ekonomisk jämställdhet; 5. Jämställd hälsa". */
export function goalList(numbers: readonly number[]): string {
  return numbers.map((n) => `${n}. ${nationalGoals.find((g) => g.number === n)?.name ?? ''}`).join('; ')
}
