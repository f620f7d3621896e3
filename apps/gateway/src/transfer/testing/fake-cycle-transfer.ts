import {
  type CycleTransfer,
  type ExportedCycle,
  ImportRefusedError,
  type ImportStatus,
  type TransferFormat,
  type TransferProblem,
  type UploadedCycleFile,
} from '../cycle-transfer.port';

export const KNOWN_CYCLE = 'demo-2025';
/** The first bytes of every XLSX (a ZIP archive). */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * A CycleTransfer that reads nothing: it keeps what it was given, answers statuses the test moves along
 * (`advance`), refuses when told to (`refuseNextWith`) and exports one known cycle. The real one is
 * apps/cli's, tested there.
 */
export class FakeCycleTransfer implements CycleTransfer {
  /** Every upload the gateway handed over, with the uploader, in order. */
  readonly received: { upload: UploadedCycleFile; requestedBy: string }[] = [];
  private readonly imports = new Map<string, ImportStatus>();
  private refusal: TransferProblem[] | undefined;

  refuseNextWith(problems: TransferProblem[]): void {
    this.refusal = problems;
  }

  /** The number of imports started (a refused file starts none). */
  get started(): number {
    return this.imports.size;
  }

  async startImport(upload: UploadedCycleFile, requestedBy: string): Promise<ImportStatus> {
    this.received.push({ upload, requestedBy });
    const refusal = this.refusal;
    this.refusal = undefined;
    if (refusal) throw new ImportRefusedError(refusal);
    const status: ImportStatus = {
      id: `import-${this.imports.size + 1}`,
      state: 'queued',
      fileName: upload.fileName,
      format: upload.contentType.startsWith('application/json') ? 'json' : 'xlsx',
      cycle: KNOWN_CYCLE,
      requestedBy,
      createdAt: '2026-03-02T08:00:00.000Z',
      finishedAt: null,
      progress: { done: 0, total: 120, phase: 'queued' },
      summary: null,
      problems: [],
    };
    this.imports.set(status.id, status);
    return status;
  }

  importStatus(id: string): ImportStatus | undefined {
    return this.imports.get(id);
  }

  /** queued → running (half the commands replayed) → succeeded. */
  advance(id: string): void {
    const status = this.imports.get(id);
    if (!status) throw new Error(`no import ${id}`);
    const next: ImportStatus =
      status.state === 'queued'
        ? { ...status, state: 'running', progress: { done: 60, total: 120, phase: 'self-assessments' } }
        : {
            ...status,
            state: 'succeeded',
            finishedAt: '2026-03-02T08:00:04.000Z',
            progress: { done: 120, total: 120, phase: 'read models' },
            summary: { commands: 120, eventsAppended: 431, seconds: 4.2 },
          };
    this.imports.set(id, next);
  }

  async exportCycle(cycleId: string, format: TransferFormat): Promise<ExportedCycle | undefined> {
    if (cycleId !== KNOWN_CYCLE) return undefined;
    return format === 'json'
      ? { fileName: `${cycleId}.json`, contentType: 'application/json', body: Buffer.from(JSON.stringify(exportedJson(cycleId))) }
      : { fileName: `${cycleId}.xlsx`, contentType: 'application/octet-stream', body: exportedWorkbook() };
  }
}

export const exportedJson = (cycleId: string) => ({ format: 'par-interchange/1', cycle: { id: cycleId, title: 'Chỉ số CCHC năm 2025' } });

/** Not a real workbook: bytes the gateway must pass on untouched (a ZIP header, then every byte value). */
export const exportedWorkbook = () => Buffer.concat([ZIP_MAGIC, Buffer.from(Array.from({ length: 256 }, (_, byte) => byte))]);
