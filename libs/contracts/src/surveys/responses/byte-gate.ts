import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { RejectedRow } from './response-row';
import { ResponsesFileError } from './responses-file-error';

export const MAX_LINE_LENGTH = 10_000;

const NEWLINE = 0x0a;
const LINE_BREAK = Buffer.from('\n');
/** UTF-16 text without a byte order mark still shows a NUL in every other byte of its first line. */
const SNIFFED_BYTES = 1_024;

const SAVE_AS_UTF8 = 'responses files must be saved as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and imported again';

/**
 * The bytes of a responses file on their way to the row reader, one pass and never the whole file: the
 * checksum of every byte; the encoding (UTF-8, an optional UTF-8 byte order mark dropped; UTF-16 or
 * legacy bytes refuse the file); and whole lines only, each at most MAX_LINE_LENGTH characters. A longer
 * line is rejected and passed on as an empty line, so that line numbers downstream stay those of the file.
 *
 * LINE_TOO_LONG rejections wait in `takeRejections` until the reader drains them; since each stands for
 * more than 10,000 characters of input, they weigh under 1 % of the bytes read.
 */
export class ByteGate {
  private readonly hash = createHash('sha256');
  private readonly rejections: RejectedRow[] = [];
  private bytes = 0;
  /** The number of the line being read. */
  private line = 1;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Counted only once the line has more bytes than MAX_LINE_LENGTH (a character takes 1 to 4 bytes). */
  private pendingCharacters: number | undefined;
  private dropping = false;
  private head: Buffer | undefined = Buffer.alloc(0);
  private ended: { checksum: string; bytes: number; lines: number } | undefined;

  /** @param headerFirst a CSV: its first line is the header, which cannot be skipped as too long. */
  constructor(private readonly headerFirst: boolean) {}

  async *lines(input: AsyncIterable<unknown> | Readable): AsyncGenerator<Buffer, void, undefined> {
    for await (const chunk of input) {
      const bytes = bytesOf(chunk);
      this.hash.update(bytes);
      this.bytes += bytes.length;
      const lines = this.take(bytes);
      if (lines.length > 0) yield lines;
    }
    const last = this.finish();
    if (last.length > 0) yield last;
  }

  takeRejections(): RejectedRow[] {
    return this.rejections.splice(0, this.rejections.length);
  }

  /** Once `lines` has run out: the checksum of every byte read, their count and the count of lines. */
  summary(): { checksum: string; bytes: number; lines: number } {
    if (this.ended === undefined) throw new Error('ByteGate.summary() is known only once every line has been read');
    return this.ended;
  }

  private take(bytes: Buffer): Buffer {
    if (this.head !== undefined) {
      // The first bytes are judged together (a byte order mark is up to 3 bytes, and chunks may be tiny).
      this.head = Buffer.concat([this.head, bytes]);
      if (this.head.length < 4) return Buffer.alloc(0);
      bytes = this.openWith(this.head);
    }
    const offset = this.bytes - bytes.length;
    if (offset < SNIFFED_BYTES) refuseUtf16WithoutMark(bytes.subarray(0, SNIFFED_BYTES - offset));
    const lines: Buffer[] = [];
    for (let start = 0; start < bytes.length;) {
      const newline = bytes.indexOf(NEWLINE, start);
      const end = newline === -1 ? bytes.length : newline + 1;
      this.takeSegment(bytes.subarray(start, end), newline !== -1, lines);
      start = end;
    }
    return Buffer.concat(lines);
  }

  private finish(): Buffer {
    const tail = this.head === undefined ? Buffer.alloc(0) : this.openWith(this.head);
    const lines = tail.length > 0 ? [this.take(tail)] : [];
    const unfinished = this.dropping || this.pendingBytes > 0;
    if (this.pendingBytes > 0) lines.push(this.checkedLine());
    this.ended = { checksum: `sha256:${this.hash.digest('hex')}`, bytes: this.bytes, lines: unfinished ? this.line : this.line - 1 };
    return Buffer.concat(lines);
  }

  private openWith(head: Buffer): Buffer {
    this.head = undefined;
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      throw new ResponsesFileError('ENCODING_INVALID', `the file starts with a UTF-16 byte order mark: it was saved as UTF-16 ("Unicode"); ${SAVE_AS_UTF8}`, 1);
    }
    return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
  }

  /** One piece of a line, ending with its newline when `complete`. */
  private takeSegment(segment: Buffer, complete: boolean, lines: Buffer[]): void {
    if (!this.dropping) {
      this.pending.push(segment);
      this.pendingBytes += segment.length;
      this.countCharacters(segment);
      if (this.pendingCharacters !== undefined && this.pendingCharacters > MAX_LINE_LENGTH) this.dropLine();
    }
    if (!complete) return;
    lines.push(this.dropping ? LINE_BREAK : this.checkedLine());
    this.dropping = false;
    this.line++;
  }

  private countCharacters(segment: Buffer): void {
    if (this.pendingCharacters !== undefined) this.pendingCharacters += charactersOf([segment]);
    else if (this.pendingBytes > MAX_LINE_LENGTH + 2) this.pendingCharacters = charactersOf(this.pending);
  }

  private dropLine(): void {
    if (this.headerFirst && this.line === 1) {
      throw new ResponsesFileError('COLUMNS_INVALID', `the header row is longer than ${MAX_LINE_LENGTH.toLocaleString('en-US')} characters`, 1);
    }
    this.rejections.push({ line: this.line, code: 'LINE_TOO_LONG', reason: `the line is longer than ${MAX_LINE_LENGTH.toLocaleString('en-US')} characters` });
    this.resetLine();
    this.dropping = true;
  }

  private resetLine(): void {
    this.pending = [];
    this.pendingBytes = 0;
    this.pendingCharacters = undefined;
  }

  private checkedLine(): Buffer {
    const line = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.resetLine();
    if (!isUtf8(line)) {
      throw new ResponsesFileError(
        'ENCODING_INVALID',
        `the file is not UTF-8: it looks like Windows-1258 or another legacy Vietnamese encoding (TCVN3, VNI); ${SAVE_AS_UTF8}`,
        this.line,
      );
    }
    return line;
  }
}

function refuseUtf16WithoutMark(start: Buffer): void {
  if (start.includes(0)) {
    throw new ResponsesFileError('ENCODING_INVALID', `the file contains NUL bytes: it looks like UTF-16 ("Unicode") text; ${SAVE_AS_UTF8}`, 1);
  }
}

/** The characters of a line's bytes (UTF-8 continuation bytes do not start one), without its line break. */
function charactersOf(pieces: readonly Buffer[]): number {
  let characters = 0;
  for (const piece of pieces) {
    for (const byte of piece) if ((byte & 0xc0) !== 0x80 && byte !== NEWLINE && byte !== 0x0d) characters++;
  }
  return characters;
}

function bytesOf(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('readResponses reads bytes: give it Buffers (a stream with an encoding set gives text, whose bytes are no longer known)');
}
