import { inflateRawSync } from 'node:zlib';

/**
 * The ZIP container of an XLSX, read just far enough for what exceljs does not offer: the sizes its
 * entries claim before anything is inflated (a small upload must not expand into gigabytes), a look
 * into a sheet before exceljs expands it, and fixed entry times, so the same cycle file always writes
 * the same bytes.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_COMMENT = 0xffff;

export interface ZipEntry {
  readonly name: string;
  /** Where its central directory record starts. */
  readonly centralOffset: number;
  /** Where its local header starts. */
  readonly localOffset: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** As the archive claims it: believed only as an upper bound when inflating. */
  readonly uncompressedSize: number;
}

/** Whether the bytes open as a ZIP archive does (an XLSX is one); an old binary .xls does not. */
export function startsLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_HEADER;
}

/** The entries of the central directory, or undefined when there is none to read. */
export function zipEntries(bytes: Buffer): ZipEntry[] | undefined {
  const end = endOfDirectory(bytes);
  if (end === undefined) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_HEADER) return undefined;
    const nameLength = bytes.readUInt16LE(offset + 28);
    entries.push({
      name: bytes.toString('utf8', offset + 46, Math.min(bytes.length, offset + 46 + nameLength)),
      centralOffset: offset,
      localOffset: bytes.readUInt32LE(offset + 42),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
    });
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

/** An entry's content, inflated to at most the size it claims; undefined when it cannot be read. */
export function entryContent(bytes: Buffer, entry: ZipEntry): Buffer | undefined {
  const header = entry.localOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER) return undefined;
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch {
    return undefined;
  }
}

/**
 * The archive with every entry's modification time set to `at` (whole seconds, as the DOS format keeps
 * them). Only the time fields change: sizes, checksums and offsets stay valid.
 */
export function withEntryTimes(bytes: Buffer, at: Date): Buffer {
  const entries = zipEntries(bytes);
  if (!entries) throw new Error('the workbook written is no readable ZIP archive');
  const copy = Buffer.from(bytes);
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
  const date = ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  for (const entry of entries) {
    copy.writeUInt16LE(time, entry.centralOffset + 12);
    copy.writeUInt16LE(date, entry.centralOffset + 14);
    if (copy.readUInt32LE(entry.localOffset) !== LOCAL_HEADER) throw new Error('the workbook written has a broken ZIP entry');
    copy.writeUInt16LE(time, entry.localOffset + 10);
    copy.writeUInt16LE(date, entry.localOffset + 12);
  }
  return copy;
}

function endOfDirectory(bytes: Buffer): number | undefined {
  const lowest = Math.max(0, bytes.length - END_OF_DIRECTORY_SIZE - MAX_COMMENT);
  for (let offset = bytes.length - END_OF_DIRECTORY_SIZE; offset >= lowest; offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  return undefined;
}
