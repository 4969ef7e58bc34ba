/**
 * `npm run seed -- --members 1000 [--county 08] [--seed 2026] [--out fil.json]`
 *
 * Writes a Kugghjul backup file with a realistic, made-up register: a county
 * profile, members with periods and contact persons, dialogues, action plans,
 * actions, networks, events and attendance. Restore it in the app under
 * Inställningar → Säkerhetskopior (desktop app or `npm run web`) to get the
 * same data the benchmark and the demos use. The file is built with the app's
 * own database code and backup format, so it passes the restore's checks.
 */
import 'fake-indexeddb/auto'
import { writeFile } from 'node:fs/promises'
import { exportBackup } from '../src/renderer/src/data/backup/backup-export'
import { saveCountyProfile } from '../src/renderer/src/data/county-profile-repository'
import { KugghjulDatabase } from '../src/renderer/src/data/database'
import { insertDemoRegister } from '../src/renderer/src/data/demo-data'
import { findCounty, type CountyProfile } from '../src/renderer/src/domain/county-profile'
import { toIsoDate } from '../src/renderer/src/domain/swedish-format'
import { generateDemoRegister } from '../src/renderer/src/domain/test-data/demo-register'
import pkg from '../package.json' with { type: 'json' }

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback
}

const members = Number(option('members', '200'))
const countyCode = option('county', '08')
const seed = Number(option('seed', '2026'))
const today = option('today', toIsoDate(new Date()))
const out = option('out', `kugghjul-exempeldata-${members}.json`)

const county = findCounty(countyCode)
if (!county || !Number.isInteger(members) || members < 1 || members > 20_000) {
  console.error(
    'Användning: npm run seed -- --members 1000 [--county 08] [--seed 2026] [--out fil.json]. Länskoden ska vara en av SCB:s 21 (t.ex. 08) och antalet 1–20 000.'
  )
  process.exit(2)
}

const focusAreas = [
  'Ekonomisk jämställdhet och jämställd arbetsmarknad',
  'Jämställd och jämlik civil beredskap',
  'Utlandsfödda kvinnors etablering på arbetsmarknaden',
  'Jämställd hälsa',
  'Bekämpa och förebygga mäns och pojkars våld mot kvinnor och flickor'
].map((name, i) => ({ id: `fokus-${i + 1}`, name }))

const profile: CountyProfile = {
  countyCode,
  strategyName: `Ett jämställt ${county.name}`,
  strategyStartYear: 2023,
  strategyEndYear: 2027,
  focusAreas,
  signatoryName: 'Exempel Exempelsson',
  signatoryTitle: 'Landshövding',
  logo: null,
  strategySymbol: { kind: 'gear' },
  caseOfficer: { name: 'Karin Åberg', title: 'Jämställdhetssamordnare', email: 'karin.aberg@lansstyrelsen.se' },
  focusAreaTerm: { singular: 'fokusområde', plural: 'fokusområden' },
  nationalGoalRequired: true,
  earlierStrategies: [],
  perspectives: []
}

const db = new KugghjulDatabase(`seed-${crypto.randomUUID()}`)
const { register, work } = generateDemoRegister({
  members,
  countyCode,
  today,
  focusAreaIds: focusAreas.map((f) => f.id),
  seed
})
await saveCountyProfile(db, profile)
const counts = await insertDemoRegister(db, register, work)
const backup = await exportBackup(db, { appVersion: pkg.version })
await writeFile(out, backup.bytes)
await db.delete()
console.log(
  `${out}: ${counts.members} verksamheter, ${counts.periods} perioder, ${counts.dialogues} dialoger, ${counts.actions} insatser, ${counts.events} aktiviteter (${(backup.bytes.byteLength / 2 ** 20).toFixed(1)} MB). Läs in filen under Inställningar → Säkerhetskopior.`
)
