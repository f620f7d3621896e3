import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';
import { inHours, tokenWith } from '../testing/tokens';
import { CYCLE, emptySheet, fakeUnitGateway, headToken, reporterToken, SHEET_URL } from './self-assessment.fixture';

// The screen's first render loads antd's form, collapse, tabs and select: on a busy 2-core machine, many seconds.
const SLOW = 40_000;
const signIn = (token: string) => sessionStorage.setItem('par.token', token);
// By its heading, not by role: a role query over a whole antd screen takes seconds in jsdom.
const leafNamed = async (code: string) =>
  (await screen.findByText(new RegExp(`^${code.replace('.', '\\.')} `), { selector: 'h3' }, { timeout: SLOW })).closest('section') as HTMLElement;
const figure = (title: string) => screen.getByText(title).closest('.ant-statistic')?.querySelector('.ant-statistic-content')?.textContent;
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('Tự đánh giá: the unit’s criteria tree, scored leaf by leaf', { timeout: 3 * SLOW }, () => {
  it('fields with their leaves, max, method and running totals; the projection from GET …/progress', async () => {
    signIn(reporterToken());
    fakeUnitGateway();
    renderApp(SHEET_URL);

    const plan = await leafNamed('1.1');
    expect(within(plan).getByText(/Điểm tối đa 1,00 · chấm theo bước 0,25 điểm/)).toBeTruthy();
    expect(within(plan).getByText('Chưa chấm')).toBeTruthy();
    expect(screen.getByText('Sở Tư pháp · Chỉ số CCHC năm 2025 (tinh-demo-2025) · hạn nộp 31/12/2099')).toBeTruthy();
    expect(screen.getByText('0,00 / 5,50 điểm')).toBeTruthy();
    expect(screen.getByText('0,00 / 2,00 điểm')).toBeTruthy();
    expect(figure('Điểm tự chấm / tối đa')).toBe('0,00 / 7,50');
    expect(figure('Tiêu chí đã chấm')).toBe('0 / 4');
    await waitFor(() => expect(figure('Điểm chờ kết quả điều tra')).toBe('2,50'));
    expect(within(await leafNamed('1.3')).getByText(/lấy từ kết quả điều tra/)).toBeTruthy();
    // A reporter scores; the head submits.
    expect(screen.queryByRole('button', { name: 'Nộp bản tự đánh giá' })).toBeNull();
    expect(screen.getByText(/Thủ trưởng đơn vị nộp bản tự đánh giá/)).toBeTruthy();
  });

  it('a leaf saved as a draft with its evidence: the request carries decimals as text, and the totals move', async () => {
    signIn(reporterToken());
    const { api, sent } = fakeUnitGateway();
    renderApp(SHEET_URL);

    const plan = await leafNamed('1.1');
    type(within(plan).getByLabelText('Điểm tự chấm'), '0,75');
    type(within(plan).getByLabelText('Tên tài liệu'), 'Kế hoạch CCHC năm 2025');
    type(within(plan).getByLabelText('Số, ký hiệu'), '12/KH-STP');
    type(within(plan).getByLabelText('Ngày ban hành'), '2025-01-15');
    fireEvent.click(within(plan).getByRole('button', { name: 'Lưu nháp' }));

    await waitFor(() => expect(figure('Điểm tự chấm / tối đa')).toBe('0,75 / 7,50'));
    const put = api.requests.find((request) => request.method === 'PUT');
    expect(new URL(put!.url).pathname).toBe(`/api/v1/cycles/${CYCLE}/units/so-tu-phap/self-assessment/scores/1.1`);
    expect(sent[0].body).toEqual({ points: '0.75', evidence: [{ title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-STP', date: '2025-01-15' }] });
    expect(screen.getByText('0,75 / 5,50 điểm')).toBeTruthy();
    await waitFor(() => expect(figure('Điểm đã đạt')).toBe('0,75'));
    expect(within(plan).getByText('Đã lưu: 0,75')).toBeTruthy();
    expect(figure('Tiêu chí đã chấm')).toBe('1 / 4');

    fireEvent.click(within(plan).getByRole('button', { name: 'Xoá điểm' }));
    await waitFor(() => expect(figure('Điểm tự chấm / tối đa')).toBe('0,00 / 7,50'));
    expect(api.requests.some((request) => request.method === 'DELETE')).toBe(true);
  });

  it('a score off the step: the refusal in Vietnamese under that leaf’s input, and what was typed stays', async () => {
    signIn(reporterToken());
    fakeUnitGateway();
    renderApp(SHEET_URL);

    const plan = await leafNamed('1.1');
    const points = within(plan).getByLabelText('Điểm tự chấm') as HTMLInputElement;
    type(points, '0,3');
    type(within(plan).getByLabelText('Ghi chú'), 'Ban hành đúng hạn');
    fireEvent.click(within(plan).getByRole('button', { name: 'Lưu nháp' }));

    expect(await within(plan).findByText('Điểm không đúng bước chấm của tiêu chí.')).toBeTruthy();
    expect(points.closest('.ant-form-item')?.textContent).toContain('Điểm không đúng bước chấm của tiêu chí.');
    expect(points.value).toBe('0,30');
    expect((within(plan).getByLabelText('Ghi chú') as HTMLTextAreaElement).value).toBe('Ban hành đúng hạn');
    expect(figure('Điểm tự chấm / tối đa')).toBe('0,00 / 7,50');
  });

  it('a band leaf offers the values its bands give; a title is asked for when a document number is typed', async () => {
    signIn(reporterToken());
    const { api } = fakeUnitGateway();
    renderApp(SHEET_URL);

    const ratio = await leafNamed('1.2');
    fireEvent.mouseDown(within(ratio).getByLabelText('Điểm tự chấm'));
    expect((await screen.findAllByText('1,00 — tỷ lệ từ 95,00 %')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('2,00 — tỷ lệ từ 100,00 %').length).toBeGreaterThan(0);
    expect(screen.getAllByText('0,00 — không đạt mức nào').length).toBeGreaterThan(0);

    const plan = await leafNamed('1.1');
    type(within(plan).getByLabelText('Điểm tự chấm'), '1');
    type(within(plan).getByLabelText('Số, ký hiệu'), '12/KH-STP');
    fireEvent.click(within(plan).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(plan).findByText('Nhập tên tài liệu')).toBeTruthy();
    expect(api.requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('the head submits; the sheet is then locked and says so', async () => {
    signIn(headToken());
    const sheet = emptySheet();
    sheet.leaves[0] = { ...sheet.leaves[0], points: '1.00', note: 'Đã ban hành kế hoạch' };
    const { api } = fakeUnitGateway(sheet);
    renderApp(SHEET_URL);

    fireEvent.click(await screen.findByRole('button', { name: 'Nộp bản tự đánh giá' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp' }));

    expect(await screen.findByText(/Đã nộp \(lần 1\)/)).toBeTruthy();
    expect(api.requests.some((request) => request.method === 'POST' && request.url.endsWith('/self-assessment/submit'))).toBe(true);
    const plan = await leafNamed('1.1');
    expect((within(plan).getByLabelText('Điểm tự chấm') as HTMLInputElement).disabled).toBe(true);
    expect(within(plan).queryByRole('button', { name: 'Lưu nháp' })).toBeNull();
  });

  it('/self-assessment goes to the cycle last opened; an account without a unit is told it has no sheet', async () => {
    signIn(reporterToken());
    fakeUnitGateway();
    localStorage.setItem('par.cycle', CYCLE);
    const { unmount } = renderApp('/self-assessment');
    expect(await leafNamed('1.1')).toBeTruthy();
    unmount();

    signIn(tokenWith({ sub: 'reporter.no-unit', roles: ['UNIT_REPORTER'], exp: inHours(1) }));
    renderApp(SHEET_URL);
    expect(await screen.findByText(/không gắn với đơn vị nào/)).toBeTruthy();
  });
});
