import { ProblemError } from '../problems/problem';
import { FILE_PART } from './multipart-file';

/** Longer names are refused rather than echoed back in an upload's status. */
export const MAX_FILE_NAME_LENGTH = 255;

export interface UploadFormats<Format extends string> {
  /** By the name's extension (lower case, with the dot): `.json`. Maps, so that a name such as "constructor" finds nothing. */
  readonly byExtension: ReadonlyMap<string, Format>;
  /** By the part's media type (lower case, no parameters). */
  readonly byMediaType: ReadonlyMap<string, Format>;
  /** The detail of a 415: which files are taken. */
  readonly expected: string;
}

/**
 * The format of an uploaded file: its name's extension, else its content type (a browser sends
 * `application/octet-stream` for files it does not know, so the name is the better witness). Refuses,
 * naming the part `file`, a name no one could read back (400) and a file of no known format (415).
 */
export function uploadFormatOf<Format extends string>(fileName: string, contentType: string, formats: UploadFormats<Format>): Format {
  if (fileName.length > MAX_FILE_NAME_LENGTH) {
    throw new ProblemError(400, 'FILE_NAME_INVALID', `The file name is longer than ${MAX_FILE_NAME_LENGTH} characters`, FILE_PART);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(fileName)) throw new ProblemError(400, 'FILE_NAME_INVALID', 'The file name contains a control character', FILE_PART);
  const extension = /\.[^.]*$/.exec(fileName.toLowerCase())?.[0];
  const format = (extension && formats.byExtension.get(extension)) ?? formats.byMediaType.get(contentType.split(';')[0].trim().toLowerCase());
  if (!format) throw new ProblemError(415, 'FILE_TYPE_UNSUPPORTED', formats.expected, FILE_PART);
  return format;
}
