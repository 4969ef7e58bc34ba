import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import type { FileDialogs } from './fixtures'
import { luhnCheckDigit } from '../../src/renderer/src/domain/members/org-number'

export const logoPath = 'tests/fixtures/county-logo.png'

/** axe-core with the WCAG 2.1 A and AA rules; any violation fails the test with a readable list. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
  )
  expect(summary, `axe violations on ${where}`).toEqual([])
}

export interface WizardAnswers {
  county: string
  strategyName?: string
  startYear: string
  endYear: string
  focusAreas: string[]
  /** What the county calls its areas, as the profile form offers it (plural), and the singular used in labels; default fokusområde. */
  focusAreaTerm?: { option: string; singular: string }
  /** Ticks "Insatser behöver inte kopplas till ett nationellt delmål". */
  nationalGoalOptional?: boolean
  signatoryName: string
  signatoryTitle: string
  logo?: string
  caseOfficer?: { name: string; title: string; email: string }
  /** The strategy symbol; the wizard's default is none. */
  symbol?: 'Kugghjulet' | 'Ingen symbol'
}

export const kalmar: WizardAnswers = {
  county: 'Kalmar län (08)',
  startYear: '2023',
  endYear: '2027',
  focusAreas: [
    'Ekonomisk jämställdhet och jämställd arbetsmarknad',
    'Jämställd och jämlik civil beredskap',
    'Utlandsfödda kvinnors etablering på arbetsmarknaden',
    'Jämställd hälsa',
    'Bekämpa och förebygga mäns och pojkars våld mot kvinnor och flickor'
  ],
  signatoryName: 'Åsa Öberg',
  signatoryTitle: 'Landshövding',
  logo: logoPath,
  caseOfficer: { name: 'Karin Åberg', title: 'Jämställdhetssamordnare', email: 'karin.aberg@lansstyrelsen.se' },
  symbol: 'Kugghjulet'
}

/** Fills in the first-start wizard the way a coordinator would, step by step; a logo is picked through `files`. */
export async function completeWizard(page: Page, answers: WizardAnswers = kalmar, files?: FileDialogs): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Kugghjul' })).toBeVisible()
  await page.getByLabel('Län', { exact: true }).selectOption({ label: answers.county })
  await page.getByRole('button', { name: 'Nästa' }).click()

  if (answers.strategyName) await page.getByLabel('Strategins namn').fill(answers.strategyName)
  await page.getByLabel('Från år').fill(answers.startYear)
  await page.getByLabel('Till år').fill(answers.endYear)
  await page.getByRole('button', { name: 'Nästa' }).click()

  if (answers.focusAreaTerm)
    await page.getByLabel('Länet kallar sina områden').selectOption({ label: answers.focusAreaTerm.option })
  if (answers.nationalGoalOptional)
    await page.getByLabel('Insatser behöver inte kopplas till ett nationellt delmål').check()
  const one = answers.focusAreaTerm?.singular ?? 'fokusområde'
  for (const [index, name] of answers.focusAreas.entries()) {
    await page.getByRole('button', { name: `Lägg till ${one}` }).click()
    await page.getByLabel(`${one[0]!.toUpperCase()}${one.slice(1)} ${index + 1}`, { exact: true }).fill(name)
  }
  await page.getByRole('button', { name: 'Nästa' }).click()

  await page.getByLabel('Namn', { exact: true }).fill(answers.signatoryName)
  await page.getByLabel('Titel').fill(answers.signatoryTitle)
  if (answers.logo) {
    if (!files) throw new Error('completeWizard needs the file dialogs to pick a logo')
    await files.open(() => page.getByRole('button', { name: 'Välj logotyp…' }).click(), answers.logo)
    await expect(page.getByTestId('logo-preview')).toBeVisible()
  }
  await page.getByRole('button', { name: 'Nästa' }).click()

  if (answers.caseOfficer) {
    await page.getByLabel('Handläggarens namn').fill(answers.caseOfficer.name)
    await page.getByLabel('Handläggarens befattning').fill(answers.caseOfficer.title)
    await page.getByLabel('Handläggarens e-post').fill(answers.caseOfficer.email)
  }
  if (answers.symbol) await page.getByLabel(answers.symbol).check()
  await page.getByRole('button', { name: 'Spara och börja' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible()
}

/** Follows a link in the side navigation. */
export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

export interface NewMember {
  name: string
  orgNumber: string
  type?: string
  municipality?: string
  decisionDate: string
  decisionReference?: string
}

/** Registers a member with its management decision through the form, and waits for its page. */
export async function addMember(page: Page, member: NewMember): Promise<void> {
  await openScreen(page, 'Verksamheter')
  await page.getByRole('link', { name: 'Ny verksamhet' }).click()
  await page.locator('#member-name').fill(member.name)
  await page.getByLabel('Organisationsnummer').fill(member.orgNumber)
  if (member.type) await page.getByLabel('Typ', { exact: true }).selectOption({ label: member.type })
  if (member.municipality) await page.getByLabel('Kommun', { exact: true }).selectOption({ label: member.municipality })
  await page.getByLabel('Beslutsdatum').fill(member.decisionDate)
  if (member.decisionReference) await page.getByLabel('Diarienummer', { exact: true }).fill(member.decisionReference)
  await page.getByRole('button', { name: 'Lägg till verksamheten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: member.name })).toBeVisible()
}

/** A valid organisationsnummer from its first nine digits. */
export function orgNumber(firstNine: string): string {
  return `${firstNine.slice(0, 6)}-${firstNine.slice(6)}${luhnCheckDigit(firstNine)}`
}
