import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import DateField from '@/components/DateField.vue'

/** A DateField in a form, with the model the form would hold. */
function mountField(initial = '') {
  const model = ref(initial)
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(DateField, {
          id: 'event-date',
          label: 'Datum',
          modelValue: model.value,
          'onUpdate:modelValue': (value: string) => (model.value = value)
        })
    }),
    { attachTo: document.body }
  )
  return { wrapper, model, input: wrapper.get('#event-date') }
}

describe('DateField', () => {
  it('is a labelled text field that asks for ÅÅÅÅ-MM-DD, whatever the browser language', () => {
    const { wrapper, input } = mountField('2026-03-15')
    expect(input.attributes()).toMatchObject({ type: 'text', inputmode: 'numeric', placeholder: 'ÅÅÅÅ-MM-DD' })
    expect((input.element as HTMLInputElement).value).toBe('2026-03-15')
    expect(wrapper.get('label').attributes('for')).toBe('event-date')
  })

  it.each([
    ['20260315', '2026-03-15'],
    ['2026-3-5', '2026-03-05'],
    ['2026-04-30', '2026-04-30']
  ])('takes %s and writes it back as %s when the field is left', async (typed, iso) => {
    const { input, model } = mountField()
    await input.setValue(typed)
    expect(model.value).toBe(iso)
    await input.trigger('change')
    expect((input.element as HTMLInputElement).value).toBe(iso)
  })

  it('says how to write a date when the text is none, and stops once it is corrected', async () => {
    const { wrapper, input, model } = mountField()
    await input.setValue('15/3/2026')
    await input.trigger('change')
    expect(model.value).toBe('15/3/2026')
    expect(wrapper.get('.error').text()).toBe('Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-15.')
    expect(input.attributes('aria-invalid')).toBe('true')
    await input.setValue('2026-02-30')
    expect(wrapper.find('.error').exists()).toBe(true)
    await input.setValue('2026-03-15')
    expect(wrapper.find('.error').exists()).toBe(false)
  })

  it('shows a date the form sets from outside', async () => {
    const { input, model } = mountField()
    model.value = '2027-01-31'
    await new Promise((resolve) => setTimeout(resolve))
    expect((input.element as HTMLInputElement).value).toBe('2027-01-31')
  })
})
