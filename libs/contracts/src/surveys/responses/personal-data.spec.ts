import { personalDataColumn, personalDataInId } from './personal-data';

describe('personal data in a responses file', () => {
  it.each([
    ['Họ và tên', 'a name'],
    ['HO_TEN', 'a name'],
    ['Tên người trả lời', 'a name'],
    ['full name', 'a name'],
    ['Số điện thoại', 'a phone number'],
    ['SĐT', 'a phone number'],
    ['phoneNumber', 'a phone number'],
    ['Địa chỉ thường trú', 'an address'],
    ['address', 'an address'],
    ['E-mail', 'an email address'],
    ['Số CCCD/CMND', 'an identity document number'],
    ['Ngày sinh', 'a date of birth'],
  ])('sees in a column %p %s', (column, kind) => {
    expect(personalDataColumn(column)).toBe(kind);
  });

  it.each(['respondent', 'unit', 'question', 'answer', 'Tên đơn vị', 'unit name', 'Nội dung câu hỏi', 'Ghi chú'])('sees none in a column %p', (column) => {
    expect(personalDataColumn(column)).toBeUndefined();
  });

  it.each([
    ['0912345678', 'a phone number'],
    ['091.234.5678', 'a phone number'],
    ['(0236) 3822 123', 'a phone number'],
    ['+84 912 345 678', 'a phone number'],
    ['tran.thi.b@danang.gov.vn', 'an email address'],
    ['048095001234', 'an identity card number'],
  ])('sees in a respondent id %p %s', (id, kind) => {
    expect(personalDataInId(id)).toBe(kind);
  });

  it.each(['PV-2025-000123', 'SIPAS-TPAB-0042', '000123', 'R7', '2025-0001-0003'])('sees none in the pseudonymous id %p', (id) => {
    expect(personalDataInId(id)).toBeUndefined();
  });
});
