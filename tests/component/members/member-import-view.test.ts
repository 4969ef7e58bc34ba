import 'fake-indexeddb/auto'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { readSpreadsheet } from '@/io/spreadsheet/read-spreadsheet'
import { useMemberFilesStore } from '@/stores/member-files'
import MemberImportView from '@/views/MemberImportView.vue'
import { componentTestSetup } from '../component-setup'

const { db } = componentTestSetup()

const csv = 'Verksamhet;Organisationsnummer;Beslutsdatum\nKalmar kommun;212000-0746;2024-03-15\n'

/** The import screen with the file dialog answered by register.csv, read by the real spreadsheet reader. */
async function mountAtMapping() {
  const files = useMemberFilesStore()
  const bytes = new TextEncoder().encode(csv)
  vi.spyOn(files, 'pickImportFile').mockResolvedValue({ status: 'opened', name: 'register.csv', bytes })
  // The store reads in a worker; happy-dom has none, so the same reader runs here.
  vi.spyOn(files, 'readImportFile').mockImplementation((name, data) => readSpreadsheet(name, data))
  const wrapper = mount(MemberImportView, {
    attachTo: document.body,
    global: { stubs: { RouterLink: RouterLinkStub } }
  })
  await wrapper.get('button').trigger('click')
  await vi.waitFor(() => expect(wrapper.text()).toContain('2. Koppla kolumner'))
  await flushPromises()
  expect(wrapper.text()).not.toContain('Välj kolumn för')
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountAtMapping>>
const reviewButton = (wrapper: Wrapper) => wrapper.findAll('button').find((b) => b.text() === 'Granska raderna')!

describe('MemberImportView', () => {
  it('gives the buttons back after a review that failed, so the user can try again', async () => {
    const wrapper = await mountAtMapping()
    expect(reviewButton(wrapper).attributes('disabled')).toBeUndefined()

    db().close() // the register cannot be read: the review fails
    await reviewButton(wrapper).trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[role="alert"]').text()).toContain('Raderna kunde inte granskas'))
    expect(wrapper.get('[role="alert"]').text()).toContain('Inget har sparats; försök igen.')
    await flushPromises()
    expect(reviewButton(wrapper).attributes('disabled')).toBeUndefined()

    await db().open()
    await reviewButton(wrapper).trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('3. Granska'))
    expect(wrapper.text()).toContain('Importera 1 verksamheter')
  })
})
