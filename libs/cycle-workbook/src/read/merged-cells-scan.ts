/**
 * How many cells the merges of the given sheets cover, read from their XML before exceljs loads them:
 * exceljs creates every cell of a merged range, so a few bytes merging A1:XFD1048576 would take it
 * hours and gigabytes.
 */
export function mergedCellCount(sheetsXml: Iterable<Buffer>): number {
  let cells = 0;
  for (const sheet of sheetsXml) {
    const xml = sheet.toString('utf8');
    for (const merge of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"/g)) {
      const [, fromColumn, fromRow, toColumn = fromColumn, toRow = fromRow] = merge;
      cells += (Math.abs(columnNumber(toColumn) - columnNumber(fromColumn)) + 1) * (Math.abs(Number(toRow) - Number(fromRow)) + 1);
    }
  }
  return cells;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
}
