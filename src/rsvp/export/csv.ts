/**
 * CSV for spreadsheets used in France: UTF-8 with a BOM (Excel otherwise guesses Latin-1), `;` between
 * cells (Excel in French locale expects it), CRLF line ends. Cells that a spreadsheet would run as a
 * formula (= + - @ tab CR at the start) get a leading apostrophe.
 */
export const BOM = '\uFEFF'
export const SEPARATOR = ';'

const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[";\r\n,]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR))
  return BOM + lines.join('\r\n') + '\r\n'
}
