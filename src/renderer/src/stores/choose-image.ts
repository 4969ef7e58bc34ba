import { imageTypeOf, logoProblem, MAX_LOGO_BYTES, type CountyLogo } from '@/domain/county-profile'
import { toDataUrl } from '@/io/data-url'
import { useAppStore } from './app'

export type ImageChoice =
  { status: 'chosen'; image: CountyLogo } | { status: 'cancelled' } | { status: 'refused'; message: string }

/**
 * Opens a PNG or SVG through the platform's file dialog, checked like the
 * county logo (kind by content, empty, size): for the logo and the strategy symbol.
 */
export function useImageFile(filterName: string): () => Promise<ImageChoice> {
  const appStore = useAppStore()
  return async () => {
    const result = await appStore
      .requirePlatform()
      .openFile([{ name: filterName, extensions: ['png', 'svg'] }], MAX_LOGO_BYTES)
    if (result.status === 'cancelled') return { status: 'cancelled' }
    if (result.status === 'too-large')
      return { status: 'refused', message: logoProblem(result.name, '', result.size) ?? '' }
    // By content: a JPEG renamed to .png is no PNG, and the PDF maker would refuse it later.
    const mimeType = imageTypeOf(result.bytes)
    const issue = logoProblem(result.name, mimeType, result.bytes.byteLength)
    if (issue || !mimeType) return { status: 'refused', message: issue ?? '' }
    return { status: 'chosen', image: { mimeType, fileName: result.name, dataUrl: toDataUrl(result.bytes, mimeType) } }
  }
}
