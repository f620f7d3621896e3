import { PipeTransform } from '@nestjs/common';
import { ProblemError } from '../problems/problem';
import type { TransferFormat } from './cycle-transfer.port';

/** `?format=` of an export: json when absent; any other value (or the parameter twice) is a 400 naming `format`, not echoed. */
export class ExportFormatPipe implements PipeTransform<unknown, TransferFormat> {
  transform(value: unknown): TransferFormat {
    if (value === undefined) return 'json';
    if (value === 'json' || value === 'xlsx') return value;
    throw new ProblemError(400, 'FORMAT_UNSUPPORTED', 'format must be json or xlsx (once)', 'format');
  }
}
