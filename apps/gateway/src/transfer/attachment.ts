/**
 * `Content-Disposition` of a download: the name always quoted, as clients expect it; a name beyond
 * printable ASCII (or with a quote, backslash or %) gets an ASCII stand-in and its exact form in
 * `filename*` (RFC 6266, RFC 8187).
 */
export function attachmentOf(fileName: string): string {
  const standIn = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const quoted = `attachment; filename="${standIn}"`;
  if (standIn === fileName) return quoted;
  const exact = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${quoted}; filename*=UTF-8''${exact}`;
}
