import { randomUUID } from 'node:crypto';
import { writeCycleFile } from '@par/contracts';
import { writeCycleWorkbook, XLSX_CONTENT_TYPE } from '@par/cycle-workbook';
import { type CycleTransfer, type ExportedCycle, ImportRefusedError, type ImportStatus, type TransferFormat, type UploadedCycleFile } from '@par/gateway';
import { CliError } from '../cli/cli-error';
import { cycleFile } from '../export/cycle-file-of';
import { formatOf, readCycleSource } from '../import/cycle-source';
import { commandsOf, importInto } from '../import/import-cycle';
import type { Platform } from '../platform/platform';

/** Statuses kept for polling; the oldest finished ones are forgotten beyond this. */
const KEPT_IMPORTS = 50;

/**
 * Imports and exports for the embedded gateway (POST /api/v1/imports, GET /cycles/{id}/export). An
 * upload is read and checked whole before it is accepted (a refused file: 422 with every problem, by
 * sheet, row and column for a workbook); accepted imports then run one at a time, in the order received,
 * each reporting its progress in its status.
 */
export class EmbeddedCycleTransfer implements CycleTransfer {
  private readonly imports = new Map<string, ImportStatus>();
  /** The import running or last run: the next one starts after it. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly platform: Platform,
    private readonly log: (line: string) => void,
  ) {}

  async startImport(upload: UploadedCycleFile, requestedBy: string): Promise<ImportStatus> {
    const format = formatOf(upload.fileName, upload.contentType);
    if (!format) throw new ImportRefusedError([{ code: 'FORMAT_UNSUPPORTED', message: 'a cycle file is .json or .xlsx', field: 'file' }]);
    const read = await readCycleSource(upload.bytes, upload.fileName, format);
    if (!read.ok) throw new ImportRefusedError(read.problems);
    const { source } = read;
    const id = randomUUID();
    this.update(id, {
      id,
      state: 'queued',
      fileName: upload.fileName,
      format,
      cycle: source.file.cycle.id,
      requestedBy,
      createdAt: new Date().toISOString(),
      finishedAt: null,
      progress: { done: 0, total: commandsOf(source.file), phase: 'queued' },
      summary: null,
      problems: [],
    });
    const run = async () => {
      const started = Date.now();
      this.patch(id, { state: 'running' });
      try {
        const summary = await importInto(this.platform, source, {
          log: (line) => this.log(`import ${id}: ${line.trim()}`),
          progress: (progress) => this.patch(id, { progress }),
        });
        const total = this.imports.get(id)?.progress.total ?? summary.commands;
        this.patch(id, {
          state: 'succeeded',
          finishedAt: new Date().toISOString(),
          progress: { done: total, total, phase: 'done' },
          summary: { ...summary, seconds: (Date.now() - started) / 1000 },
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.patch(id, { state: 'failed', finishedAt: new Date().toISOString(), problems: [{ code: failureCode(error), message }] });
      }
    };
    this.queue = this.queue.then(run, run);
    return this.imports.get(id) as ImportStatus;
  }

  importStatus(id: string): ImportStatus | undefined {
    return this.imports.get(id);
  }

  async exportCycle(cycleId: string, format: TransferFormat): Promise<ExportedCycle | undefined> {
    let file;
    try {
      file = await cycleFile(this.platform.stores, cycleId, this.log);
    } catch (error) {
      if (error instanceof CliError && /not in the submissions log/.test(error.message)) return undefined;
      throw error;
    }
    if (format === 'xlsx') return { fileName: `${cycleId}.xlsx`, contentType: XLSX_CONTENT_TYPE, body: await writeCycleWorkbook(file) };
    return { fileName: `${cycleId}.json`, contentType: 'application/json; charset=utf-8', body: Buffer.from(writeCycleFile(file), 'utf8') };
  }

  private update(id: string, status: ImportStatus): void {
    this.imports.set(id, status);
    const finished = [...this.imports.values()].filter((kept) => kept.finishedAt !== null);
    for (const old of finished.slice(0, Math.max(0, this.imports.size - KEPT_IMPORTS))) this.imports.delete(old.id);
  }

  private patch(id: string, change: Partial<ImportStatus>): void {
    const current = this.imports.get(id);
    if (current) this.update(id, { ...current, ...change });
  }
}

/** A decider's refusal names its step; anything else is the platform's failure. */
function failureCode(error: unknown): string {
  return error instanceof CliError ? 'IMPORT_REFUSED' : 'IMPORT_FAILED';
}
