/** The strategy's colours in every Kugghjul document: certificates and reports look like one family. */
export const documentColors = {
  navy: '#1d4f7c',
  gold: '#b08d3c',
  grey: '#4a4a4a',
  /** Table header rows and boxes. */
  tint: '#eef2f6'
} as const
