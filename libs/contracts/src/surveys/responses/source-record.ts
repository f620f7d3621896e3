import { ResponseFields } from './check-response';
import { RejectedRow } from './response-row';

/** What a format's reader gives for one row of the file: its four values, or why the line is malformed. */
export type SourceRecord = { readonly line: number; readonly fields: ResponseFields } | { readonly rejected: RejectedRow };
