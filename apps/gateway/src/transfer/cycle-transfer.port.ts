/**
 * Imports and exports of whole cycles (INTERCHANGE.md, JSON and XLSX). The gateway serves them over
 * HTTP; the composition that runs the services provides the work (the embedded platform: apps/cli).
 * Where none is provided (distributed mode today) the routes answer 501 and name `par import`.
 */
export const CYCLE_TRANSFER = Symbol('CycleTransfer');

export type TransferFormat = 'json' | 'xlsx';

/** An uploaded file as received: nothing is read from the disk, nothing is kept after the import. */
export interface UploadedCycleFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** Where a problem is: the JSON path, or the workbook's sheet, row (1-based, as Excel shows it) and column header. */
export interface TransferProblem {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly unit?: string;
  readonly criterion?: string;
}

export type ImportState = 'queued' | 'running' | 'succeeded' | 'failed';

export interface ImportStatus {
  readonly id: string;
  readonly state: ImportState;
  readonly fileName: string;
  readonly format: TransferFormat;
  /** The cycle the file holds. */
  readonly cycle: string;
  /** Who uploaded it (the token's subject). */
  readonly requestedBy: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  /** Commands replayed so far out of the file's total; `phase` says what is being done ("self-assessments", "recording", "read models"). */
  readonly progress: { readonly done: number; readonly total: number; readonly phase: string };
  /** Once succeeded: what was recorded (0 events: the file was already imported). */
  readonly summary: { readonly commands: number; readonly eventsAppended: number; readonly seconds: number } | null;
  /** Once failed: why; nothing was recorded. */
  readonly problems: readonly TransferProblem[];
}

/** The file itself is unreadable or breaks the contract: nothing was started or recorded (HTTP 422 with the problems). */
export class ImportRefusedError extends Error {
  constructor(readonly problems: readonly TransferProblem[]) {
    super(`the file was refused: ${problems.length} problem(s), nothing was imported`);
    this.name = 'ImportRefusedError';
  }
}

export interface ExportedCycle {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export interface CycleTransfer {
  /** Reads and checks the whole file at once (throws ImportRefusedError), then queues its replay and answers its status. */
  startImport(upload: UploadedCycleFile, requestedBy: string): Promise<ImportStatus>;
  /** undefined: no such import (or one long forgotten). */
  importStatus(id: string): ImportStatus | undefined;
  /** undefined: no such cycle. */
  exportCycle(cycleId: string, format: TransferFormat): Promise<ExportedCycle | undefined>;
}
