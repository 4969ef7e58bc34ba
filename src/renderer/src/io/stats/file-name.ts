/** "C:\\Hämtade\\UF0506A1.csv" → "UF0506A1": a title for files that carry none. */
export function fileBaseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file
  return name.replace(/\.[^.]+$/, '')
}

export function fileExtension(file: string): string {
  return /\.([^.\\/]+)$/.exec(file)?.[1]?.toLowerCase() ?? ''
}
