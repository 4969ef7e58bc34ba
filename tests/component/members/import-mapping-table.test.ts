import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import ImportMappingTable from '@/components/members/ImportMappingTable.vue'
import { guessImportMapping, missingRequiredFields, type ImportMapping } from '@/domain/members/member-import-mapping'
import type { SpreadsheetTable } from '@/io/spreadsheet/read-spreadsheet'

const table: SpreadsheetTable = {
  fileName: 'register.xlsx',
  headers: ['Verksamhet', 'Orgnr', 'Ort', 'Kontakt'],
  rows: [
    ['Kalmar kommun', '212000-0746', 'Kalmar', 'Åsa Öberg'],
    ['Nybro kommun', '212000-0761', '', 'Per Ärlig'],
    ['Borgholms energi', '556000-0000', 'Borgholm', ''],
    ['Fjärde raden', '556000-0001', 'Mörbylånga', '']
  ],
  rowNumbers: [2, 3, 4, 5]
}

/** The table with a real v-model, starting from the guessed mapping, as the import screen does. */
function mountTable() {
  const mapping = ref<ImportMapping>(guessImportMapping(table.headers))
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(ImportMappingTable, {
          table,
          modelValue: mapping.value,
          'onUpdate:modelValue': (v: ImportMapping) => (mapping.value = v)
        })
    })
  )
  return { wrapper, mapping }
}

const sampleOf = (wrapper: ReturnType<typeof mountTable>['wrapper'], field: string) =>
  wrapper.get(`#map-${field}`).element.closest('tr')!.querySelector('.sample')!.textContent

describe('ImportMappingTable', () => {
  it('shows the guessed columns with the first three rows’ values, skipping empty cells', () => {
    const { wrapper } = mountTable()
    expect((wrapper.get('#map-name').element as HTMLSelectElement).value).toBe('0')
    expect(sampleOf(wrapper, 'name')).toBe('Kalmar kommun · Nybro kommun · Borgholms energi')
    expect(sampleOf(wrapper, 'orgNumber')).toBe('212000-0746 · 212000-0761 · 556000-0000')
    expect(wrapper.get('#map-name').element.closest('tr')!.textContent).toContain('(krävs)')
  })

  it('a column chosen by hand fills the field; “Ingen kolumn” empties it and the field is missing again', async () => {
    const { wrapper, mapping } = mountTable()
    await wrapper.get('#map-municipality').setValue('2')
    expect(mapping.value.municipality).toBe(2)
    expect(sampleOf(wrapper, 'municipality')).toBe('Kalmar · Borgholm')

    await wrapper.get('#map-name').setValue('-1')
    expect(mapping.value.name).toBe(-1)
    expect(sampleOf(wrapper, 'name')).toBe('')
    expect(missingRequiredFields(mapping.value)).toContain('name')
  })
})
