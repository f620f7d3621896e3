/**
 * Respondents are pseudonymous ids: the platform must never receive who answered. These checks catch the
 * usual slips of an exported survey sheet — a name, phone, address, email or identity-card column, or
 * a phone number or email typed as the respondent id — in English and in Vietnamese, with or without
 * diacritics ("Họ và tên", "ho_ten", "SĐT", "so dien thoai", "Địa chỉ", "CCCD").
 */

/** What a column name looks like, by the words it contains once diacritics and separators are gone. */
const COLUMN_KINDS: readonly { readonly kind: string; readonly words: readonly string[]; readonly parts: readonly string[] }[] = [
  { kind: 'a name', words: ['name', 'ten', 'hoten'], parts: ['fullname', 'hovaten', 'hoten', 'firstname', 'lastname', 'surname'] },
  { kind: 'a phone number', words: ['sdt', 'tel', 'dt', 'didong'], parts: ['phone', 'dienthoai', 'mobile', 'telephone'] },
  { kind: 'an address', words: ['address'], parts: ['diachi', 'address', 'thuongtru', 'tamtru', 'noio'] },
  { kind: 'an email address', words: ['mail'], parts: ['email', 'thudientu'] },
  {
    kind: 'an identity document number',
    words: ['cmt'],
    parts: ['cccd', 'cmnd', 'cancuoc', 'chungminh', 'idcard', 'passport', 'hochieu', 'nationalid', 'bhxh', 'bhyt'],
  },
  { kind: 'a date of birth', words: ['dob'], parts: ['ngaysinh', 'birth'] },
];

/** A column about a unit or a question ("Tên đơn vị", "unit name") names no person. */
const NOT_ABOUT_A_PERSON = ['unit', 'donvi', 'coquan', 'question', 'cauhoi'];

/** The kind of personal data a column name suggests ("a phone number"), or undefined. */
export function personalDataColumn(name: string): string | undefined {
  const words = wordsOf(name);
  const joined = words.join('');
  if (NOT_ABOUT_A_PERSON.some((part) => joined.includes(part))) return undefined;
  return COLUMN_KINDS.find(({ words: whole, parts }) => words.some((word) => whole.includes(word)) || parts.some((part) => joined.includes(part)))?.kind;
}

/** The kind of personal data a respondent id looks like ("an email address"), or undefined. */
export function personalDataInId(id: string): string | undefined {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(id)) return 'an email address';
  const digits = id.replace(/[\s.()-]/g, '');
  // Vietnamese numbers: 0 or +84 then 9 digits (mobile) or 10 (landline with area code).
  if (/^(\+?84|0)\d{9,10}$/.test(digits)) return 'a phone number';
  // The 12-digit citizen identity card (CCCD) starts with the 0 of its province code.
  if (/^0\d{11}$/.test(digits)) return 'an identity card number';
  return undefined;
}

/** "Số điện thoại (SĐT)" → ['so', 'dien', 'thoai', 'sdt']; "phoneNumber" → ['phone', 'number']. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}
