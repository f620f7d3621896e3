import type { CycleFile } from '@par/contracts';
import { workedExampleFile } from '@par/contracts/testing';
import { Workbook, Worksheet } from 'exceljs';
import { writeCycleWorkbook } from '../write/write-cycle-workbook';

type ExcelInput = Parameters<Workbook['xlsx']['load']>[0];

/** The written workbook of a file, as exceljs opens it, to break one thing in it as a clerk might. */
export async function openedWorkbook(file: CycleFile = workedExampleFile()): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load((await writeCycleWorkbook(file)) as unknown as ExcelInput);
  return workbook;
}

/** The worked example's workbook after `change`, as bytes an upload would carry. */
export async function tampered(change: (sheet: (name: string) => Worksheet, workbook: Workbook) => void, file?: CycleFile): Promise<Buffer> {
  const workbook = await openedWorkbook(file);
  change((name) => {
    const worksheet = workbook.getWorksheet(name);
    if (!worksheet) throw new Error(`the workbook has no sheet ${name}`);
    return worksheet;
  }, workbook);
  return workbookBytes(workbook);
}

export async function workbookBytes(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
