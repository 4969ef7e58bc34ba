import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { findCounty, type CountyProfile } from '@/domain/county-profile'
import { focusAreaWords } from '@/domain/county-words'
import { perspectiveLabels, perspectivesShown, type Perspective } from '@/domain/perspectives'
import { loadCountyProfile, saveCountyProfile } from '@/data/county-profile-repository'
import { useDatabase } from '@/data/database-instance'

export const useCountyProfileStore = defineStore('countyProfile', () => {
  const profile = ref<CountyProfile | null>(null)
  const loaded = ref(false)

  const county = computed(() => (profile.value ? findCounty(profile.value.countyCode) : undefined))
  const isConfigured = computed(() => profile.value !== null)
  /** What the county calls its focus areas, in every form the screens print. */
  const focusWords = computed(() => focusAreaWords(profile.value?.focusAreaTerm))

  /** A dialogue's or an action's perspectives as the screens name them; '' when none shows (or the profile has them off). */
  function perspectiveNames(tags: readonly Perspective[] | undefined): string {
    return perspectivesShown(tags, profile.value?.perspectives ?? [])
      .map((p) => perspectiveLabels[p])
      .join(', ')
  }

  async function load(): Promise<void> {
    profile.value = await loadCountyProfile(useDatabase())
    loaded.value = true
  }

  async function save(next: CountyProfile): Promise<void> {
    await saveCountyProfile(useDatabase(), next)
    profile.value = JSON.parse(JSON.stringify(next)) as CountyProfile
  }

  return { profile, loaded, county, isConfigured, focusWords, perspectiveNames, load, save }
})
