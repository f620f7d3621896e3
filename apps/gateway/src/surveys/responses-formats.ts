import { uploadFormatOf, type UploadFormats } from '../shared/upload-format';

/** How a responses file is written (INTERCHANGE.md "Surveys"): CSV with a header row, or JSON lines. */
export type ResponsesFormat = 'csv' | 'jsonl';

const RESPONSES_FORMATS: UploadFormats<ResponsesFormat> = {
  byExtension: new Map([
    ['.csv', 'csv'],
    ['.jsonl', 'jsonl'],
    ['.ndjson', 'jsonl'],
  ]),
  byMediaType: new Map([
    ['text/csv', 'csv'],
    ['application/jsonl', 'jsonl'],
    ['application/x-ndjson', 'jsonl'],
    ['application/jsonlines', 'jsonl'],
  ]),
  expected: 'The file must be a responses file in CSV (.csv, text/csv) or JSON lines (.jsonl, application/jsonl)',
};

/** The format of an uploaded responses file, or a problem naming the part `file` (400 a bad name, 415 another kind of file). */
export function responsesFormatOf(fileName: string, contentType: string): ResponsesFormat {
  return uploadFormatOf(fileName, contentType, RESPONSES_FORMATS);
}
