import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import DimensionRoles from '@/components/statistics/DimensionRoles.vue'
import type { DetectedDimension, DimensionRoleChoice } from '@/domain/statistics/statistics-dimension'

const detected = (): DetectedDimension[] => [
  {
    key: 'stub:0',
    label: 'Kolumn A "region"',
    examples: ['0880 Kalmar', '0885 Borgholm'],
    role: 'region',
    certainty: 'sure',
    overridden: false
  },
  {
    key: 'stub:1',
    label: 'Kolumn B "grupp"',
    examples: ['kvinnor', 'män', 'totalt'],
    role: 'measure',
    certainty: 'unsure',
    overridden: false
  },
  {
    key: 'header:0',
    label: 'Rubrikrad 1',
    examples: ['2021', '2022', '2023'],
    role: 'year',
    certainty: 'sure',
    overridden: false
  }
]

/**
 * The component as the import screen uses it: a choice reads the file again with
 * the override (here: applied to the dimensions), and a refused one leaves the
 * dimensions as they were; either way the reading's revision changes.
 */
function mountRoles(refuse: (key: string, role: DimensionRoleChoice) => boolean = () => false) {
  const dimensions = ref<DetectedDimension[]>(detected())
  const revision = ref(1)
  const apply = (key: string, role: DimensionRoleChoice, displaced: DimensionRoleChoice | null) => {
    if (!refuse(key, role))
      dimensions.value = dimensions.value.map((d) =>
        d.key === key
          ? { ...d, role, certainty: 'sure', overridden: true }
          : displaced && d.role === role
            ? { ...d, role: displaced, certainty: 'sure', overridden: true }
            : d
      )
    revision.value++
  }
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(DimensionRoles, {
          dimensions: dimensions.value,
          revision: revision.value,
          onChange: (key: string, role: DimensionRoleChoice) => apply(key, role, null),
          onChoose: (key: string, role: DimensionRoleChoice) => apply(key, role, 'measure')
        })
    })
  )
  return { wrapper, dimensions }
}

type Wrapper = ReturnType<typeof mountRoles>['wrapper']
/** Each row as the user reads it: the part of the table and what it is taken for (the select's choice where there is one). */
const rows = (wrapper: Wrapper) =>
  wrapper.findAll('tbody tr').map((tr) => {
    const select = tr.find('select')
    const taken = select.exists()
      ? select
          .findAll('option')
          .find((o) => (o.element as HTMLOptionElement).value === (select.element as HTMLSelectElement).value)!
          .text()
      : tr.findAll('td')[1]!.text()
    return `${tr.get('th').text()}: ${taken}`
  })
const pickedIn = (wrapper: Wrapper, id: string) => {
  const select = wrapper.get(`#${id}`).element as HTMLSelectElement
  return select.options[select.selectedIndex]?.text
}

describe('DimensionRoles', () => {
  it('shows what each part was taken for; only the unsure one can be changed, and is marked for checking', () => {
    const { wrapper } = mountRoles()
    expect(rows(wrapper)).toEqual([
      'Kolumn A "region": Region',
      'Kolumn B "grupp": Del av måttets namn',
      'Rubrikrad 1: År'
    ])
    expect(wrapper.findAll('tbody select')).toHaveLength(1)
    expect(wrapper.get('tbody tr:nth-child(2)').text()).toContain('Osäker tolkning – kontrollera')
    expect(wrapper.get('tbody tr:nth-child(2)').find('td').text()).toBe('kvinnor, män, totalt')
    expect(pickedIn(wrapper, 'pick-time')).toBe('Rubrikrad 1')
    expect(pickedIn(wrapper, 'pick-region')).toBe('Kolumn A "region"')
  })

  it("a corrected part reads as the user's choice after the file is read again", async () => {
    const { wrapper } = mountRoles()
    await wrapper.get('tbody select').setValue('sex')
    expect(rows(wrapper)[1]).toBe('Kolumn B "grupp": Kön')
    expect(wrapper.get('tbody tr:nth-child(2)').text()).toContain('Ditt val')
    expect(wrapper.text()).not.toContain('Osäker tolkning')
  })

  it('a refused correction puts the select back to what the reading says', async () => {
    const { wrapper, dimensions } = mountRoles(() => true)
    await wrapper.get('tbody select').setValue('year')
    expect(dimensions.value[1]!.role).toBe('measure')
    expect(rows(wrapper)[1]).toBe('Kolumn B "grupp": Del av måttets namn')
  })

  it('choosing "Ingen region" reads the table as Riket: the region column becomes part of the measure name', async () => {
    const { wrapper } = mountRoles()
    await wrapper.get('#pick-region').setValue('')
    expect(rows(wrapper)[0]).toBe('Kolumn A "region": Del av måttets namn')
    expect(pickedIn(wrapper, 'pick-region')).toBe('Ingen region – tabellen gäller riket')
  })

  it('choosing where the time period is moves the year there, and the part that held it becomes part of the measure name', async () => {
    const { wrapper } = mountRoles()
    await wrapper.get('#pick-time').setValue('stub:1')
    expect(rows(wrapper)).toEqual([
      'Kolumn A "region": Region',
      'Kolumn B "grupp": År',
      'Rubrikrad 1: Del av måttets namn'
    ])
    expect(pickedIn(wrapper, 'pick-time')).toBe('Kolumn B "grupp"')
  })

  it('offers "Ingen hittad – välj" only while no part holds the time period', () => {
    const { wrapper } = mountRoles()
    expect(wrapper.get('#pick-time').text()).not.toContain('Ingen hittad')
    const none = mount(DimensionRoles, {
      props: {
        dimensions: detected().map((d) => (d.role === 'year' ? { ...d, role: 'measure' as const } : d)),
        revision: 1
      }
    })
    expect(pickedIn(none, 'pick-time')).toBe('Ingen hittad – välj')
  })
})
