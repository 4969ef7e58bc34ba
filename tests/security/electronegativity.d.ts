/** The slice of Electronegativity's programmatic API the security test uses (the package ships no types). */
declare module '@doyensec/electronegativity' {
  export interface Finding {
    id: string
    file: string
    location: { line: number; column: number }
    manualReview: boolean
  }
  export default function run(
    options: Record<string, unknown>,
    forCli: boolean
  ): Promise<{ issues: Finding[]; errors: unknown[] }>
}
