import { uploadFormatOf as formatOf, type UploadFormats } from '../shared/upload-format';
import type { TransferFormat } from './cycle-transfer.port';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The one content type each format travels under, both ways (what the import passes on, what the export answers). */
export const CONTENT_TYPES: Readonly<Record<TransferFormat, string>> = { json: 'application/json; charset=utf-8', xlsx: XLSX_CONTENT_TYPE };

const CYCLE_FILE_FORMATS: UploadFormats<TransferFormat> = {
  byExtension: new Map([
    ['.json', 'json'],
    ['.xlsx', 'xlsx'],
  ]),
  byMediaType: new Map([
    ['application/json', 'json'],
    [XLSX_CONTENT_TYPE, 'xlsx'],
  ]),
  expected: `The file must be a cycle file in JSON (.json, application/json) or XLSX (.xlsx, ${XLSX_CONTENT_TYPE})`,
};

/** The format of an uploaded cycle file (JSON or XLSX), or a problem naming the part `file` (see shared/upload-format). */
export function uploadFormatOf(fileName: string, contentType: string): TransferFormat {
  return formatOf(fileName, contentType, CYCLE_FILE_FORMATS);
}
