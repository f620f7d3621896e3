import { CallHandler, ExecutionContext, HttpException, NestInterceptor, Type } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { memoryStorage } from 'multer';
import type { Observable } from 'rxjs';
import { ProblemError } from '../problems/problem';

/** The one part an uploaded file travels in, on every upload route. */
export const FILE_PART = 'file';
const MAX_FIELD_BYTES = 1024;

export interface MultipartFileRules {
  /** The file's size limit, in bytes (413 beyond). */
  readonly maxBytes: number;
  /** What the file is, for the problems' words: "the cycle file", "the responses file". */
  readonly what: string;
  /** Checks the part's file name and content type as it begins, before its bytes are read: throws a ProblemError. */
  readonly accept: (fileName: string, contentType: string) => unknown;
}

/**
 * A multipart parser for one upload route (the app's JSON parser leaves multipart alone): one part `file`,
 * in memory (nothing touches the disk), at most `maxBytes`; a few small text fields are tolerated. Multer's
 * refusals become problems naming the part at fault, in words of our own (never the client's part names or
 * values). Run it from the route's own interceptor, after the AuthGuard: nothing is read for a caller who may not upload.
 */
export class MultipartFile {
  private readonly multer: NestInterceptor;
  private readonly refusals: Map<string, [status: number, code: string, detail: string]>;

  constructor(private readonly rules: MultipartFileRules) {
    const Multer: Type<NestInterceptor> = FileInterceptor(FILE_PART, {
      storage: memoryStorage(),
      limits: { fileSize: rules.maxBytes, files: 1, fields: 5, parts: 6, fieldSize: MAX_FIELD_BYTES },
      // File names in Vietnamese arrive as UTF-8 (multer's default reads them as latin1).
      defParamCharset: 'utf8',
      fileFilter: (_request, file, accept) => {
        rules.accept(file.originalname, file.mimetype);
        accept(null, true);
      },
    });
    this.multer = new Multer();
    this.refusals = new Map([
      ['LIMIT_FILE_SIZE', [413, 'FILE_TOO_LARGE', `The file is larger than ${rules.maxBytes / 1024 / 1024} MB`]],
      ['LIMIT_FILE_COUNT', [400, 'FILE_PARTS_TOO_MANY', `Send one file only, in the part named "${FILE_PART}"`]],
      ['LIMIT_UNEXPECTED_FILE', [400, 'FILE_PART_UNEXPECTED', `A file is accepted only in the part named "${FILE_PART}"`]],
    ]);
  }

  /** The problem of a request that carries no file at all (no part `file`, or no body). */
  missing(): ProblemError {
    return new ProblemError(400, 'FILE_REQUIRED', this.howToSend(), FILE_PART);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    // A body of another kind; without any (no content type), the handler finds no file.
    const request = context.switchToHttp().getRequest<Request>();
    if (request.headers['content-type'] !== undefined && !request.is('multipart/form-data')) {
      throw new ProblemError(415, 'MULTIPART_REQUIRED', this.howToSend(), FILE_PART);
    }
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      throw this.problemOf(error);
    }
  }

  private howToSend(): string {
    return `Send ${this.rules.what} as multipart/form-data, in one part named "${FILE_PART}"`;
  }

  private problemOf(error: unknown): unknown {
    if (!(error instanceof HttpException)) return error; // ours, from `accept`
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    const known = typeof code === 'string' ? this.refusals.get(code) : undefined;
    if (known) return new ProblemError(known[0], known[1], known[2], FILE_PART);
    return new ProblemError(
      400,
      'MULTIPART_INVALID',
      `The multipart body is malformed or over its limits (one part "${FILE_PART}", at most 5 text fields of ${MAX_FIELD_BYTES} bytes, 6 parts)`,
      'body',
    );
  }
}
