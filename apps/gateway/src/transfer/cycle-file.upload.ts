import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, Optional } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { MultipartFile } from '../shared/multipart-file';
import { CYCLE_TRANSFER, type CycleTransfer } from './cycle-transfer.port';
import { providedTransfer } from './transfer-unavailable';
import { uploadFormatOf } from './transfer-formats';

export { FILE_PART } from '../shared/multipart-file';
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The cycle file of `POST /imports`: one part `file`, .json or .xlsx, at most 10 MB, in memory. */
export const CYCLE_FILE = new MultipartFile({ maxBytes: MAX_FILE_BYTES, what: 'the cycle file', accept: uploadFormatOf });

/**
 * Receives the cycle file of `POST /imports`, after the AuthGuard: nothing is read for a caller who may
 * not import, nor where no importer runs (501).
 */
@Injectable()
export class CycleFileUpload implements NestInterceptor {
  // Explicit token: tsx (the embedded platform's runner) emits no decorator metadata.
  constructor(@Optional() @Inject(CYCLE_TRANSFER) private readonly transfer?: CycleTransfer) {}

  intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    providedTransfer(this.transfer, 'import');
    return CYCLE_FILE.intercept(context, next);
  }
}
