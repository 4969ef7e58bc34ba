import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { findCounty, type CountyProfile } from '@/domain/county-profile'
import { focusAreaWords } from '@/domain/county-words'
import { loadCountyProfile, saveCountyProfile } from '@/data/county-profile-repository'
import { useDatabase } from '@/data/database-instance'

export const useCountyProfileStore = defineStore('countyProfile', () => {
  const profile = ref<CountyProfile | null>(null)
  const loaded = ref(false)

  const county = computed(() => (profile.value ? findCounty(profile.value.countyCode) : undefined))
  const isConfigured = computed(() => profile.value !== null)
  /** What the county calls its focus areas, in every form the screens print. */
  const focusWords = computed(() => focusAreaWords(profile.value?.focusAreaTerm))

  async function load(): Promise<void> {
    profile.value = await loadCountyProfile(useDatabase())
    loaded.value = true
  }

  async function save(next: CountyProfile): Promise<void> {
    await saveCountyProfile(useDatabase(), next)
    profile.value = JSON.parse(JSON.stringify(next)) as CountyProfile
  }

  return { profile, loaded, county, isConfigured, focusWords, load, save }
})
