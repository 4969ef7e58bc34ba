import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { useDatabase } from '@/data/database-instance'
import { anonymiseContactPerson } from '@/data/privacy/contact-person-anonymisation'
import { exportContactPerson } from '@/data/privacy/contact-person-export'
import { contactPersonsDueForReview, type RetentionEntry } from '@/data/privacy/contact-person-retention'
import { listContactPersons, type ContactPersonEntry } from '@/data/privacy/contact-persons'
import { loadPersonalDataRegister, type PersonalDataRegister } from '@/data/privacy/personal-data-register'
import { useAppStore } from './app'
import { useMembersStore } from './members'

/** Personal data (GDPR): what is held, a register extract per person, anonymisation and review of old data. */
export const usePrivacyStore = defineStore('privacy', () => {
  const app = useAppStore()
  const register = shallowRef<PersonalDataRegister | null>(null)
  const persons = shallowRef<ContactPersonEntry[]>([])
  const dueForReview = shallowRef<RetentionEntry[]>([])
  const retentionYears = ref(2)

  async function load(): Promise<void> {
    const db = useDatabase()
    ;[register.value, persons.value, dueForReview.value] = await Promise.all([
      loadPersonalDataRegister(db),
      listContactPersons(db),
      contactPersonsDueForReview(db, { years: retentionYears.value, today: app.today })
    ])
  }

  async function exportPerson(entry: ContactPersonEntry): Promise<string> {
    const result = await exportContactPerson(useDatabase(), entry.memberId, entry.person.id)
    if (!result.ok) throw new Error(result.message)
    const saved = await app.requirePlatform().saveFile(result.suggestedName, new TextEncoder().encode(result.json), [{ name: 'JSON', extensions: ['json'] }])
    return saved.status === 'saved' ? saved.path : ''
  }

  async function anonymise(entry: ContactPersonEntry): Promise<void> {
    const result = await anonymiseContactPerson(useDatabase(), entry.memberId, entry.person.id)
    if (!result.ok) throw new Error(result.message)
    await Promise.all([load(), useMembersStore().load()])
  }

  return { register, persons, dueForReview, retentionYears, load, exportPerson, anonymise }
})
