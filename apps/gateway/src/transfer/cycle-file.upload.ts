import { CallHandler, ExecutionContext, HttpException, Inject, Injectable, NestInterceptor, Optional } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { memoryStorage } from 'multer';
import type { Observable } from 'rxjs';
import { ProblemError } from '../problems/problem';
import { CYCLE_TRANSFER, type CycleTransfer } from './cycle-transfer.port';
import { providedTransfer } from './transfer-unavailable';
import { uploadFormatOf } from './transfer-formats';

export const FILE_PART = 'file';
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_FIELD_BYTES = 1024;

/**
 * The one multipart parser of the API, on the import route only (the app's JSON parser leaves multipart
 * alone): one part `file`, in memory (nothing touches the disk), at most 10 MB; a few small text fields
 * are tolerated. The file's name and type are checked as its part begins, before its bytes are read.
 */
const MulterFile = FileInterceptor(FILE_PART, {
  storage: memoryStorage(),
  limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6, fieldSize: MAX_FIELD_BYTES },
  // File names in Vietnamese arrive as UTF-8 (multer's default reads them as latin1).
  defParamCharset: 'utf8',
  fileFilter: (_request, file, accept) => {
    uploadFormatOf(file.originalname, file.mimetype);
    accept(null, true);
  },
});

/** Why multer stopped, in words of our own (never the client's part names or values). */
const MULTIPART_REFUSALS = new Map<string, [status: number, code: string, detail: string]>([
  ['LIMIT_FILE_SIZE', [413, 'FILE_TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`]],
  ['LIMIT_FILE_COUNT', [400, 'FILE_PARTS_TOO_MANY', `Send one file only, in the part named "${FILE_PART}"`]],
  ['LIMIT_UNEXPECTED_FILE', [400, 'FILE_PART_UNEXPECTED', `A file is accepted only in the part named "${FILE_PART}"`]],
]);

/**
 * Receives the cycle file of `POST /imports` (Nest's FileInterceptor over multer), after the AuthGuard:
 * nothing is read for a caller who may not import, nor where no importer runs (501). Multer's refusals
 * become problems naming the part at fault.
 */
@Injectable()
export class CycleFileUpload implements NestInterceptor {
  private readonly multer: NestInterceptor = new MulterFile();

  // Explicit token: tsx (the embedded platform's runner) emits no decorator metadata.
  constructor(@Optional() @Inject(CYCLE_TRANSFER) private readonly transfer?: CycleTransfer) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    providedTransfer(this.transfer, 'import');
    // A body of another kind; without any (no content type), the handler finds no file.
    const request = context.switchToHttp().getRequest<Request>();
    if (request.headers['content-type'] !== undefined && !request.is('multipart/form-data')) {
      throw new ProblemError(415, 'MULTIPART_REQUIRED', `Send the cycle file as multipart/form-data, in one part named "${FILE_PART}"`, FILE_PART);
    }
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      throw multipartProblemOf(error);
    }
  }
}

function multipartProblemOf(error: unknown): unknown {
  if (!(error instanceof HttpException)) return error; // ours, from the file filter
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  const known = typeof code === 'string' ? MULTIPART_REFUSALS.get(code) : undefined;
  if (known) return new ProblemError(known[0], known[1], known[2], FILE_PART);
  return new ProblemError(
    400,
    'MULTIPART_INVALID',
    `The multipart body is malformed or over its limits (one part "${FILE_PART}", at most 5 text fields of ${MAX_FIELD_BYTES} bytes, 6 parts)`,
    'body',
  );
}
