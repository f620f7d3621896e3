// @par/cycle-workbook: the cycle file (INTERCHANGE.md v1.1) as an XLSX workbook, for `par import`, `par export --format xlsx` and the gateway.
export { writeCycleWorkbook } from './write/write-cycle-workbook';
export { readCycleWorkbook } from './read/read-cycle-workbook';
export type { WorkbookRead, WorkbookProblem } from './read/workbook-problem';
export { WORKBOOK_SHEETS, XLSX_CONTENT_TYPE } from './workbook-layout';
