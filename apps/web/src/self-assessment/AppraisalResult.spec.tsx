import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem } from '../testing/fake-api';
import { renderApp } from '../testing/render-app';
import { appraisalRoutes, EXPLANATIONS, fakeUnitGateway, reporterToken, SHEET_URL, sentAppraisal } from './self-assessment.fixture';

const SLOW = 40_000;
const RESULT_URL = `${SHEET_URL}/result`;
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
const rowOf = async (criterion: string) =>
  (await screen.findByText(new RegExp(`^${criterion.replace('.', '\\.')} `), {}, { timeout: SLOW })).closest('tr') as HTMLElement;

describe('Kết quả thẩm định: what the appraisal changed, and the unit’s explanation', { timeout: 3 * SLOW }, () => {
  it('each changed leaf: self → appraised and the appraiser’s last reason; bonus and deductions; the totals', async () => {
    sessionStorage.setItem('par.token', reporterToken());
    fakeUnitGateway(undefined, appraisalRoutes(sentAppraisal()));
    renderApp(RESULT_URL);

    expect(cells(await rowOf('1.1'))).toEqual(['1.1 Kế hoạch CCHC năm', '1,00', '1,00 → 0,75', 'Kế hoạch ban hành muộn 5 ngày', 'Giải trình']);
    expect(cells(await rowOf('6.4'))).toEqual(['6.4 Dự án PPP', '1,00', '1,00 → Không áp dụng', 'Không có dự án PPP', 'Giải trình']);
    expect(screen.queryByText(/^1\.2 /)).toBeNull();
    const adjustments = screen.getByRole('table', { name: 'Điểm thưởng và điểm trừ' });
    expect(within(adjustments).getAllByRole('row').slice(1).map(cells)).toEqual([['Điểm trừ', '−0,50', '01 công chức bị kỷ luật', 'QĐ 12/QĐ-STP']]);
    expect(screen.getByText('Điểm tự chấm 4,00 · Điểm thẩm định 2,25 / 3,00')).toBeTruthy();
    expect(screen.getByText('Kết quả thẩm định gửi lúc 01/03/2025 09:30. Hạn giải trình: 06/03/2099 09:30.')).toBeTruthy();
  });

  it('an explanation of an adjusted leaf: text and evidence sent, then shown as awaiting the council', async () => {
    sessionStorage.setItem('par.token', reporterToken());
    const appraisal = sentAppraisal();
    const sent: unknown[] = [];
    fakeUnitGateway(undefined, {
      ...appraisalRoutes(() => json(200, appraisal)),
      [EXPLANATIONS]: async (request: Request) => {
        sent.push(await request.json());
        appraisal.leaves[0].explanation = 'open';
        return json(201, { streamId: 'appraisal:x', version: 8, eventsAppended: 1 });
      },
    });
    renderApp(RESULT_URL);

    fireEvent.click(within(await rowOf('1.1')).getByRole('button', { name: 'Giải trình tiêu chí 1.1' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: SLOW });
    fireEvent.change(within(dialog).getByLabelText('Nội dung giải trình'), { target: { value: 'Kế hoạch ban hành đúng hạn theo văn bản gửi kèm' } });
    fireEvent.change(within(dialog).getByLabelText('Tên tài liệu'), { target: { value: 'Công văn 45/STP-VP' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi giải trình' }));

    await waitFor(() => expect(cells(screen.getByText(/^1\.1 /).closest('tr') as HTMLElement)[4]).toBe('Đã gửi, chờ Hội đồng xem xét'), { timeout: SLOW });
    expect(sent).toEqual([{ criterion: '1.1', text: 'Kế hoạch ban hành đúng hạn theo văn bản gửi kèm', evidence: [{ title: 'Công văn 45/STP-VP' }] }]);
  });

  it('a refused explanation (the window closed) is shown in Vietnamese and keeps the text', async () => {
    sessionStorage.setItem('par.token', reporterToken());
    fakeUnitGateway(undefined, {
      ...appraisalRoutes(sentAppraisal()),
      [EXPLANATIONS]: () => problem(409, { code: 'EXPLANATION_WINDOW_CLOSED', title: 'Xung đột', detail: 'Explanations were due by …', field: 'now' }),
    });
    renderApp(RESULT_URL);

    fireEvent.click(within(await rowOf('1.1')).getByRole('button', { name: 'Giải trình tiêu chí 1.1' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: SLOW });
    const text = within(dialog).getByLabelText('Nội dung giải trình') as HTMLTextAreaElement;
    fireEvent.change(text, { target: { value: 'Đã bổ sung minh chứng' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi giải trình' }));

    expect(await within(dialog).findByText('Đã hết thời hạn giải trình.', {}, { timeout: SLOW })).toBeTruthy();
    expect(text.value).toBe('Đã bổ sung minh chứng');
  });

  it('before the result is sent: nothing to read yet', async () => {
    sessionStorage.setItem('par.token', reporterToken());
    fakeUnitGateway(
      undefined,
      appraisalRoutes(() => problem(404, { code: 'APPRAISAL_NOT_FOUND', title: 'Không tìm thấy', detail: 'No appraisal', field: 'unitId' })),
    );
    renderApp(RESULT_URL);
    expect(await screen.findByText(/Chưa có kết quả thẩm định/, {}, { timeout: SLOW })).toBeTruthy();
  });
});
