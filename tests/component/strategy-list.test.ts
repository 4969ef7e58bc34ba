import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import StrategyList from '@/components/settings/StrategyList.vue'
import { emptyCountyProfile, validateCountyProfile, type CountyProfile } from '@/domain/county-profile'
import { countyStrategies } from '@/domain/county-strategies'

/** StrategyList with a real v-model on the whole profile, as the profile form gives it. */
function mountList(initial: CountyProfile) {
  const model = ref(initial)
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(StrategyList, {
          modelValue: model.value,
          'onUpdate:modelValue': (v: CountyProfile) => (model.value = v),
          error: validateCountyProfile(model.value).earlierStrategies
        })
    }),
    { attachTo: document.body }
  )
  return { wrapper, model }
}

const kalmar: CountyProfile = {
  ...emptyCountyProfile(),
  countyCode: '08',
  strategyName: 'Ett jämställt Kalmar län',
  strategyStartYear: 2023,
  strategyEndYear: 2027
}

describe('StrategyList', () => {
  it('adds an earlier strategy before the current one, focused and labelled, and says when periods overlap', async () => {
    const { wrapper, model } = mountList(kalmar)
    expect(wrapper.text()).toContain('Aktuell strategi är Ett jämställt Kalmar län 2023–2027.')
    await wrapper.get('button.button.secondary').trigger('click')
    await flushPromises()
    const name = wrapper.get('input[type="text"]')
    expect(document.activeElement).toBe(name.element)
    expect(wrapper.get(`label[for="${name.attributes('id')}"]`).text()).toBe('Namn på tidigare strategi 1')
    await name.setValue('Ett jämställt Kalmar län')
    expect(model.value.earlierStrategies).toEqual([
      expect.objectContaining({ name: 'Ett jämställt Kalmar län', startYear: 2018, endYear: 2022 })
    ])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)

    await wrapper.get('input[id^="earlier-strategy-end-"]').setValue('2024')
    expect(wrapper.get('[role="alert"]').text()).toMatch(
      /^Strategierna Ett jämställt Kalmar län 2018–2024 och .* överlappar/
    )
    await wrapper.get('input[id^="earlier-strategy-end-"]').setValue('')
    expect(Number.isNaN(model.value.earlierStrategies[0]!.endYear)).toBe(true)
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Tidigare strategi 1: ange start- och slutår som årtal mellan 2000 och 2100.'
    )
    wrapper.unmount()
  })

  it('makes an earlier strategy current, so the one that was current becomes an earlier one, and removes one', async () => {
    const { wrapper, model } = mountList({
      ...kalmar,
      earlierStrategies: [{ id: 'old', name: 'Jämställdhetsstrategi för Kalmar län', startYear: 2017, endYear: 2022 }]
    })
    const make = wrapper.findAll('button').find((b) => b.text().startsWith('Gör till aktuell'))!
    await make.trigger('click')
    expect(countyStrategies(model.value).map((s) => `${s.name} ${s.startYear}${s.current ? ' aktuell' : ''}`)).toEqual([
      'Jämställdhetsstrategi för Kalmar län 2017 aktuell',
      'Ett jämställt Kalmar län 2023'
    ])
    const remove = wrapper.findAll('button').find((b) => b.text().startsWith('Ta bort'))!
    await remove.trigger('click')
    expect(model.value.earlierStrategies).toEqual([])
    expect(model.value.strategyName).toBe('Jämställdhetsstrategi för Kalmar län')
    wrapper.unmount()
  })
})
