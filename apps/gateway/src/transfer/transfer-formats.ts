import { ProblemError } from '../problems/problem';
import type { TransferFormat } from './cycle-transfer.port';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The one content type each format travels under, both ways (what the import passes on, what the export answers). */
export const CONTENT_TYPES: Readonly<Record<TransferFormat, string>> = { json: 'application/json; charset=utf-8', xlsx: XLSX_CONTENT_TYPE };

// Maps, not object literals: a name or type such as "constructor" must not find anything.
const BY_EXTENSION = new Map<string, TransferFormat>([
  ['.json', 'json'],
  ['.xlsx', 'xlsx'],
]);
const BY_MEDIA_TYPE = new Map<string, TransferFormat>([
  ['application/json', 'json'],
  [XLSX_CONTENT_TYPE, 'xlsx'],
]);

/** Longer names are refused rather than echoed back in the import's status. */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * The format of an uploaded cycle file: its name's extension, else its content type (a browser sends
 * `application/octet-stream` for files it does not know, so the name is the better witness). Refuses,
 * naming the part `file`, a name no one could read back and a file that is neither JSON nor XLSX.
 */
export function uploadFormatOf(fileName: string, contentType: string): TransferFormat {
  if (fileName.length > MAX_FILE_NAME_LENGTH) {
    throw new ProblemError(400, 'FILE_NAME_INVALID', `The file name is longer than ${MAX_FILE_NAME_LENGTH} characters`, 'file');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(fileName)) throw new ProblemError(400, 'FILE_NAME_INVALID', 'The file name contains a control character', 'file');
  const extension = /\.[^.]*$/.exec(fileName.toLowerCase())?.[0];
  const format = (extension && BY_EXTENSION.get(extension)) ?? BY_MEDIA_TYPE.get(contentType.split(';')[0].trim().toLowerCase());
  if (!format) {
    throw new ProblemError(
      415,
      'FILE_TYPE_UNSUPPORTED',
      `The file must be a cycle file in JSON (.json, application/json) or XLSX (.xlsx, ${XLSX_CONTENT_TYPE})`,
      'file',
    );
  }
  return format;
}
