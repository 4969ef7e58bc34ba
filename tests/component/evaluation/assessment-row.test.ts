import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import AssessmentRow from '@/components/evaluation/AssessmentRow.vue'
import type { EvaluationSubject } from '@/domain/evaluation/evaluation-subjects'

type Model = { subject: EvaluationSubject['subject']; level: number | null; comment: string }

const goal2: EvaluationSubject = {
  key: 'goal:2',
  subject: { kind: 'goal', goal: 2 },
  label: 'Delmål 2: Ekonomisk jämställdhet',
  actions: [
    { id: 'a1', title: 'Lönekartläggning', status: 'done' },
    { id: 'a2', title: 'Heltid som norm', status: 'inProgress' }
  ],
  counts: { planned: 0, inProgress: 1, done: 1, cancelled: 0, total: 2 },
  workedOn: true
}

const goal5: EvaluationSubject = {
  key: 'goal:5',
  subject: { kind: 'goal', goal: 5 },
  label: 'Delmål 5: Jämställd hälsa',
  actions: [],
  counts: { planned: 0, inProgress: 0, done: 0, cancelled: 0, total: 0 },
  workedOn: false
}

/** The row with a real v-model, as the evaluation form holds it. */
function mountRow(subject: EvaluationSubject, start: Partial<Model> = {}, error?: string) {
  const model = ref<Model>({ subject: subject.subject, level: null, comment: '', ...start })
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(AssessmentRow, {
          subject,
          error,
          modelValue: model.value,
          'onUpdate:modelValue': (v: Model) => (model.value = v)
        })
    })
  )
  return { wrapper, model }
}

const select = (wrapper: ReturnType<typeof mountRow>['wrapper']) => wrapper.get('select')

describe('AssessmentRow', () => {
  it("lists what the period's actions did, with their status in lower case, and asks for a level", () => {
    const { wrapper } = mountRow(goal2)
    expect(wrapper.get('h3').text()).toBe('Delmål 2: Ekonomisk jämställdhet')
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
      'Lönekartläggning (genomförd)',
      'Heltid som norm (pågår)'
    ])
    expect(
      select(wrapper)
        .findAll('option')
        .map((o) => o.text())
    ).toEqual(['Välj', '1 – Påbörjat', '2 – Etablerat', '3 – Integrerat i ordinarie verksamhet'])
  })

  it('a delmål nothing was done in says so and may stay unassessed', () => {
    const { wrapper } = mountRow(goal5)
    expect(wrapper.text()).toContain('Inga insatser under perioden.')
    expect(wrapper.findAll('li')).toHaveLength(0)
    expect(select(wrapper).findAll('option')[0]!.text()).toBe('Ej bedömt')
  })

  it('the chosen level and the typed comment are what the form will save, and "Välj" takes the level back', async () => {
    const { wrapper, model } = mountRow(goal2)
    await select(wrapper).setValue('2')
    expect(model.value.level).toBe(2)
    await wrapper.get('input').setValue('Görs varje år.')
    expect(model.value).toEqual({ subject: { kind: 'goal', goal: 2 }, level: 2, comment: 'Görs varje år.' })
    await select(wrapper).setValue('')
    expect(model.value.level).toBeNull()
    expect(model.value.comment).toBe('Görs varje år.')
  })

  it('shows a saved assessment when the evaluation is opened again', () => {
    const { wrapper } = mountRow(goal2, { level: 3, comment: 'Ingår i budgetprocessen.' })
    expect((select(wrapper).element as HTMLSelectElement).value).toBe('3')
    expect((wrapper.get('input').element as HTMLInputElement).value).toBe('Ingår i budgetprocessen.')
  })

  it('an error is shown under the row and read out with the level field, after what the row needs', () => {
    const { wrapper } = mountRow(goal2, {}, 'Bedöm delmål 2: insatser gjordes under perioden.')
    const error = wrapper.get('.error-text')
    const requirement = wrapper.get('.requirement')
    expect(error.text()).toBe('Bedöm delmål 2: insatser gjordes under perioden.')
    expect(requirement.text()).toContain('Krävs för att slutföra')
    expect(select(wrapper).attributes('aria-invalid')).toBe('true')
    expect(select(wrapper).attributes('aria-describedby')).toBe(
      `${requirement.attributes('id')} ${error.attributes('id')}`
    )
    expect(wrapper.get('label[for]').attributes('for')).toBe(select(wrapper).attributes('id'))
  })

  it('without an error the level field is not marked invalid', () => {
    const { wrapper } = mountRow(goal2)
    expect(wrapper.find('.error-text').exists()).toBe(false)
    expect(select(wrapper).attributes('aria-invalid')).toBeUndefined()
  })
})
