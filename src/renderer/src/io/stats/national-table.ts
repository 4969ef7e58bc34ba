/**
 * Many SCB tables (the labour force survey, national accounts) have no
 * region variable: they are about Sweden as a whole and are read as Riket
 * ('00'), with this note in the preview.
 */
export const nationalTableWarning =
  'Tabellen har ingen regionvariabel, så värdena läses in som riket (00). ' +
  'Om tabellen gäller en kommun eller ett län: välj den kolumn som anger regionen under "Tolkning av tabellen", eller hämta tabellen med region som variabel.'
