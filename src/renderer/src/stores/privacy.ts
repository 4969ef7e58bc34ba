import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { useDatabase } from '@/data/database-instance'
import { contactPersonsDueForReview, type RetentionEntry } from '@/data/privacy/contact-person-retention'
import { anonymisePerson } from '@/data/privacy/person-anonymisation'
import { registerExtract } from '@/data/privacy/person-extract'
import { loadPersons, searchPersons, type PersonHit } from '@/data/privacy/person-search'
import {
  loadPersonalDataRegister,
  RETENTION_YEARS_AFTER_ENDING,
  type PersonalDataRegister
} from '@/data/privacy/personal-data-register'
import { registerExtractFileName, registerExtractJson } from '@/domain/privacy/register-extract'
import { useAppStore } from './app'
import { useMembersStore } from './members'

/** Personal data (GDPR): what is held, a person search, a register extract per person, anonymisation and review of old data. */
export const usePrivacyStore = defineStore('privacy', () => {
  const app = useAppStore()
  const register = shallowRef<PersonalDataRegister | null>(null)
  const persons = shallowRef<PersonHit[]>([])
  const query = ref('')
  const hits = computed(() => searchPersons(persons.value, query.value))
  const dueForReview = shallowRef<RetentionEntry[]>([])
  const retentionYears = ref(RETENTION_YEARS_AFTER_ENDING)

  async function load(): Promise<void> {
    const db = useDatabase()
    ;[register.value, persons.value, dueForReview.value] = await Promise.all([
      loadPersonalDataRegister(db),
      loadPersons(db),
      contactPersonsDueForReview(db, { years: retentionYears.value, today: app.today })
    ])
  }

  async function extractOf(hit: PersonHit) {
    const result = await registerExtract(useDatabase(), hit.key, new Date(), app.today)
    if (!result.ok) throw new Error(result.message)
    return result.extract
  }

  async function save(
    name: string,
    bytes: Uint8Array,
    filter: { name: string; extensions: string[] }
  ): Promise<string> {
    const saved = await app.requirePlatform().saveFile(name, bytes, [filter])
    return saved.status === 'saved' ? saved.path : ''
  }

  /** The registerutdrag as a PDF the person can read; returns where it was saved ('' when cancelled). */
  async function saveExtractPdf(hit: PersonHit): Promise<string> {
    const extract = await extractOf(hit)
    const { registerExtractPdf } = await import('@/io/pdf/register-extract-document')
    return save(`${registerExtractFileName(extract.person.name)}.pdf`, await registerExtractPdf(extract), {
      name: 'PDF',
      extensions: ['pdf']
    })
  }

  /** The same extract, machine-readable (JSON), for a person who asks for it. */
  async function saveExtractJson(hit: PersonHit): Promise<string> {
    const extract = await extractOf(hit)
    return save(
      `${registerExtractFileName(extract.person.name)}.json`,
      new TextEncoder().encode(registerExtractJson(extract)),
      { name: 'JSON', extensions: ['json'] }
    )
  }

  /** Anonymises the person everywhere; returns the events whose organiser is to be changed in Årshjul. */
  async function anonymise(hit: PersonHit): Promise<string[]> {
    const result = await anonymisePerson(useDatabase(), hit.key)
    if (!result.ok) throw new Error(result.message)
    await Promise.all([load(), useMembersStore().load()])
    return result.organiserOf
  }

  return {
    register,
    persons,
    query,
    hits,
    dueForReview,
    retentionYears,
    load,
    saveExtractPdf,
    saveExtractJson,
    anonymise
  }
})
