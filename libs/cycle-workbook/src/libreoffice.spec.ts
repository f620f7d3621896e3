import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeCycleFile } from '@par/contracts';
import { readCycleWorkbook, writeCycleWorkbook } from '@par/cycle-workbook';
import { accepted, demoCycleJson } from './testing/cycle-files';

const SOFFICE = '/usr/bin/soffice';
const hasLibreOffice = existsSync(SOFFICE);
if (!hasLibreOffice) console.warn(`LibreOffice checks skipped: ${SOFFICE} is absent (apt-get install libreoffice-calc-nogui to run them)`);
const withLibreOffice = hasLibreOffice ? it : it.skip;

/** Runs headless LibreOffice on its own profile, so parallel runs and a user's profile are left alone. */
async function soffice(folder: string, ...args: string[]): Promise<void> {
  await promisify(execFile)(SOFFICE, [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', ...args], { timeout: 110_000 });
}

describe('the demo workbook in LibreOffice Calc', () => {
  let folder: string;
  let workbook: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'par-cycle-workbook-'));
    workbook = join(folder, 'demo-2025.xlsx');
    writeFileSync(workbook, await writeCycleWorkbook(accepted(demoCycleJson())));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  withLibreOffice(
    'opens: its first sheet converts to CSV with the cycle header and the Vietnamese title',
    async () => {
      // CSV filter options 44,34,76: comma, double quote, UTF-8.
      await soffice(folder, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', join(folder, 'csv'), workbook);
      const [header, row] = readFileSync(join(folder, 'csv', 'demo-2025.csv'), 'utf8').split(/\r?\n/);
      expect(header).toBe('id,year,title,evaluator');
      expect(row).toBe('demo-2025,2025,Chỉ số CCHC năm 2025,ubnd-tinh-an-binh');
    },
    120_000,
  );

  withLibreOffice(
    'saved again by LibreOffice, reads back as the same cycle file',
    async () => {
      await soffice(folder, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(folder, 'resaved'), workbook);
      const read = await readCycleWorkbook(readFileSync(join(folder, 'resaved', 'demo-2025.xlsx')));
      if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
      expect(writeCycleFile(accepted(read.json))).toBe(writeCycleFile(accepted(demoCycleJson())));
    },
    120_000,
  );
});
