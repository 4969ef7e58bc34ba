import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import CountyProfileForm from '@/components/CountyProfileForm.vue'
import { allProfileSections } from '@/components/county-profile-sections'
import FocusAreaEditor from '@/components/FocusAreaEditor.vue'
import { focusAreaWords } from '@/domain/county-words'
import { emptyCountyProfile, type CountyProfile, type FocusArea } from '@/domain/county-profile'

beforeEach(() => setActivePinia(createPinia()))

/** Mounts a component with a real v-model, as a parent view would. */
function withModel<T>(component: unknown, initial: T, props: Record<string, unknown> = {}) {
  const model = ref(initial)
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(component as never, { ...props, modelValue: model.value, 'onUpdate:modelValue': (v: T) => (model.value = v) })
    }),
    { attachTo: document.body }
  )
  return { wrapper, model }
}

const words = focusAreaWords()

describe('FocusAreaEditor', () => {
  it('adds an area, labels it and moves focus into it', async () => {
    const { wrapper, model } = withModel<FocusArea[]>(FocusAreaEditor, [], { words })
    expect(wrapper.text()).toContain('Inga fokusområden ännu')
    await wrapper.get('button.button.secondary:last-of-type').trigger('click')
    await flushPromises()
    const input = wrapper.get('input')
    expect(document.activeElement).toBe(input.element)
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Fokusområde 1')
    await input.setValue('Jämställd hälsa')
    expect(model.value.map((a) => a.name)).toEqual(['Jämställd hälsa'])
    wrapper.unmount()
  })

  it('removes an area and brings it back with Ångra', async () => {
    const areas = [
      { id: 'a', name: 'Ekonomisk jämställdhet' },
      { id: 'b', name: 'Jämställd hälsa' },
      { id: 'c', name: 'Mäns våld mot kvinnor' }
    ]
    const { wrapper, model } = withModel<FocusArea[]>(FocusAreaEditor, areas, { words })
    const removeSecond = wrapper.findAll('button').filter((b) => b.text().startsWith('Ta bort'))[1]!
    await removeSecond.trigger('click')
    expect(model.value.map((a) => a.id)).toEqual(['a', 'c'])
    expect(wrapper.get('[role="status"]').text()).toContain('”Jämställd hälsa” togs bort ur listan över fokusområden.')
    await wrapper.get('[role="status"] button').trigger('click')
    expect(model.value.map((a) => a.id)).toEqual(['a', 'b', 'c'])
    wrapper.unmount()
  })

  it('reorders with Upp and Ned, which are disabled at the ends', async () => {
    const { wrapper, model } = withModel<FocusArea[]>(
      FocusAreaEditor,
      [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' }
      ],
      { words }
    )
    const buttons = () => wrapper.findAll('button')
    expect(
      buttons()
        .find((b) => b.text().startsWith('Upp'))!
        .attributes('disabled')
    ).toBeDefined()
    await buttons()
      .filter((b) => b.text().startsWith('Ned'))[0]!
      .trigger('click')
    expect(model.value.map((a) => a.id)).toEqual(['b', 'a'])
    wrapper.unmount()
  })
})

describe('CountyProfileForm', () => {
  it('suggests the strategy name when a county is chosen, but keeps a name the user wrote', async () => {
    const { wrapper, model } = withModel<CountyProfile>(CountyProfileForm, emptyCountyProfile(), {
      errors: {},
      sections: allProfileSections
    })
    await wrapper.get('select#profile-county').setValue('08')
    expect(model.value.strategyName).toBe('Ett jämställt Kalmar län')
    await wrapper.get('select#profile-county').setValue('07')
    expect(model.value.strategyName).toBe('Ett jämställt Kronobergs län')
    await wrapper.get('#profile-strategy-name').setValue('Jämställt Kronoberg 2030')
    await wrapper.get('select#profile-county').setValue('08')
    expect(model.value.strategyName).toBe('Jämställt Kronoberg 2030')
    wrapper.unmount()
  })

  it('edits the signatory and the case officer, each name and title in its own field with its own error', async () => {
    const { wrapper, model } = withModel<CountyProfile>(CountyProfileForm, emptyCountyProfile(), {
      errors: { signatoryTitle: 'Ange undertecknarens titel.', caseOfficerName: 'Ange handläggarens namn.' },
      sections: ['signatory', 'documents']
    })
    await wrapper.get('#profile-signatory-name').setValue('Helene Öberg')
    await wrapper.get('#profile-signatory-title').setValue('Landshövding')
    await wrapper.get('#profile-officer-name').setValue('Karin Åberg')
    await wrapper.get('#profile-officer-title').setValue('Jämställdhetssamordnare')
    expect([model.value.signatoryName, model.value.signatoryTitle]).toEqual(['Helene Öberg', 'Landshövding'])
    expect(model.value.caseOfficer).toMatchObject({ name: 'Karin Åberg', title: 'Jämställdhetssamordnare' })
    const label = (id: string) => wrapper.get(`label[for="${id}"]`).text()
    expect(
      ['profile-signatory-name', 'profile-signatory-title', 'profile-officer-name', 'profile-officer-title'].map(label)
    ).toEqual(['Namn', 'Titel', 'Handläggarens namn', 'Handläggarens befattning'])
    const errorOf = (id: string) => {
      const input = wrapper.get(`#${id}`)
      return input.attributes('aria-invalid') === 'true'
        ? wrapper.get(`#${input.attributes('aria-describedby')!.split(' ').pop()}`).text()
        : null
    }
    expect(errorOf('profile-signatory-title')).toBe('Ange undertecknarens titel.')
    expect(errorOf('profile-officer-name')).toBe('Ange handläggarens namn.')
    expect(errorOf('profile-signatory-name')).toBeNull()
    wrapper.unmount()
  })

  it('shows each error beside its field and marks the field invalid', async () => {
    const { wrapper } = withModel<CountyProfile>(CountyProfileForm, emptyCountyProfile(), {
      errors: { strategyName: 'Ange strategins namn.' },
      sections: ['strategy']
    })
    const input = wrapper.get('#profile-strategy-name')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get(`#${input.attributes('aria-describedby')}`).text()).toBe('Ange strategins namn.')
    expect(wrapper.find('select#profile-county').exists()).toBe(false)
    wrapper.unmount()
  })
})
