/** Why a whole responses file is refused: nothing of it is accepted. */
export type ResponsesFileErrorCode = 'ENCODING_INVALID' | 'COLUMNS_INVALID' | 'PERSONAL_DATA_COLUMN' | 'FILE_MALFORMED';

/**
 * A responses file refused as a whole, with the line where the reading stopped when there is one:
 * `line 1: the file starts with a UTF-16 byte order mark …`. Messages quote values cut short.
 */
export class ResponsesFileError extends Error {
  constructor(
    readonly code: ResponsesFileErrorCode,
    problem: string,
    readonly line?: number,
  ) {
    super(line === undefined ? problem : `line ${line}: ${problem}`);
    this.name = 'ResponsesFileError';
  }

  toJSON(): { code: ResponsesFileErrorCode; message: string; line?: number } {
    return { code: this.code, message: this.message, ...(this.line === undefined ? {} : { line: this.line }) };
  }
}
