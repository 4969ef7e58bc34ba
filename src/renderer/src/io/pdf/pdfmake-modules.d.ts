/**
 * pdfmake 0.3 ships no types. These declare only what io/pdf uses; the
 * shapes are in pdf-document.ts. In Node `pdfmake` is js/index.js, in the
 * browser bundle build/pdfmake.js; both export the same instance API.
 */
declare module 'pdfmake' {
  const pdfmake: unknown
  export default pdfmake
}

declare module 'pdfmake/build/vfs_fonts.js' {
  /** File name → base64 TrueType data (Roboto). */
  const vfs: Record<string, string>
  export default vfs
}
