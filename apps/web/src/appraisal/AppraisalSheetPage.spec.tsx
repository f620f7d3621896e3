import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../testing/fake-api';
import { renderApp } from '../testing/render-app';
import { appraiserToken, chairToken, CYCLE, explainedAudit, overview, selfAssessment, SHEET, sheet } from './appraisal.fixture';
import type { AppraisalSheet } from './appraisal.types';

const SELF = `/api/v1/cycles/${CYCLE}/units/so-tu-phap/self-assessment`;
const AUDIT = `/api/v1/cycles/${CYCLE}/units/so-tu-phap/audit`;

/** The gateway over one unit's sheet, which each accepted command moves on by a version. */
function gatewayWith(
  initial: AppraisalSheet,
  commands: Record<string, (request: Request, current: AppraisalSheet) => AppraisalSheet | Response | Promise<AppraisalSheet | Response>>,
) {
  let current = initial;
  const routes: Record<string, unknown> = {
    [`GET /api/v1/cycles/${CYCLE}`]: overview,
    [`GET ${SELF}`]: selfAssessment,
    [`GET ${SHEET}`]: () => json(200, current),
    [`GET ${AUDIT}`]: explainedAudit,
  };
  for (const [route, command] of Object.entries(commands)) {
    routes[route] = async (request: Request) => {
      const answer = await command(request.clone(), current);
      if (answer instanceof Response) return answer;
      current = { ...answer, version: current.version + 1 };
      return json(200, { streamId: `appraisal:${CYCLE}:so-tu-phap`, version: current.version, eventsAppended: 1 });
    };
  }
  return fakeApi(routes);
}

// Rows by antd's row key and cells by tag: role queries over a whole antd screen are slow in jsdom.
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((cell) => cell.textContent);
const leafRow = (code: string) => screen.getByRole('table', { name: 'Bảng thẩm định' }).querySelector(`tr[data-row-key="${code}"]`) as HTMLElement;
const bodyOf = async (api: { requests: Request[] }, method: string, path: string) =>
  JSON.parse(await (api.requests.filter((request) => request.method === method && new URL(request.url).pathname === path).at(-1) as Request).clone().text());

// A whole screen with antd's dialogs and forms in jsdom: well over the default 20 s on a loaded 2-core machine.
describe('the appraisal sheet of a unit', { timeout: 120_000 }, () => {
  it('the appraiser sees, per leaf, the unit’s self score with its note and evidence beside the appraised value', async () => {
    sessionStorage.setItem('par.token', appraiserToken());
    gatewayWith(sheet(), {});
    renderApp(`/cycles/${CYCLE}/appraisal/so-tu-phap`);

    expect(await screen.findByText('Thẩm định: Sở Tư pháp', { selector: 'h1' })).toBeTruthy();
    await waitFor(() => expect(leafRow('1.1')).toBeTruthy());
    expect(cells(leafRow('1.1')).slice(0, 7)).toEqual([
      '1.1',
      'Kế hoạch CCHC năm',
      '1,00',
      '1,00',
      'Ban hành đúng hạnKế hoạch CCHC năm 2025 · 12/KH-STP · 15/01/2025 · mục II.1',
      '1,00',
      'Chưa thẩm định',
    ]);
    expect(cells(leafRow('1.2')).slice(2, 6)).toEqual(['2,00', 'Không chấm', 'Không có minh chứng', '0,00']);
    expect(screen.getByText('Gửi kết quả', { selector: 'button span' })).toBeTruthy();
  });

  it('lowering a leaf without a reason is refused next to the reason, in Vietnamese, keeping the points typed; with a reason it is recorded', async () => {
    sessionStorage.setItem('par.token', appraiserToken());
    const api = gatewayWith(sheet(), {
      [`PUT ${SHEET}/scores/1.1`]: async (request, current) => {
        const body = (await request.json()) as { points: string; reason?: string };
        if (!body.reason) return problem(422, { code: 'REASON_REQUIRED', title: 'Dữ liệu không hợp lệ', detail: 'A reason is required', field: 'reason' });
        return { ...current, leaves: current.leaves.map((leaf) => (leaf.criterion === '1.1' ? { ...leaf, points: '0.50', reviewed: true } : leaf)) };
      },
    });
    renderApp(`/cycles/${CYCLE}/appraisal/so-tu-phap`);

    fireEvent.click(await screen.findByLabelText('Chấm điểm tiêu chí 1.1'));
    const dialog = await waitFor(() => document.querySelector<HTMLElement>('.ant-modal') ?? Promise.reject(new Error('no dialog')));
    expect(within(dialog).getByText('Chấm điểm tiêu chí 1.1')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Điểm thẩm định'), { target: { value: '0,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText('Cần ghi lý do khi điểm khác điểm tự chấm.')).toBeTruthy();
    expect((within(dialog).getByLabelText('Điểm thẩm định') as HTMLInputElement).value).toBe('0,5');

    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Kế hoạch ban hành muộn 5 ngày' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(cells(leafRow('1.1'))[5]).toBe('0,50'));
    expect(cells(leafRow('1.1'))[6]).toBe('Đã thẩm địnhĐiều chỉnh');
    expect(await bodyOf(api, 'PUT', `${SHEET}/scores/1.1`)).toEqual({ points: '0.5', reason: 'Kế hoạch ban hành muộn 5 ngày' });
  });

  it('a deduction is recorded with its reason and listed', async () => {
    sessionStorage.setItem('par.token', appraiserToken());
    const api = gatewayWith(sheet(), {
      [`POST ${SHEET}/deductions`]: (_request, current) => ({
        ...current,
        adjustments: [{ id: 'deduction-1', kind: 'deduction', points: '0.50', reason: '01 công chức bị kỷ luật', criterion: null, ref: null, removed: false }],
      }),
    });
    renderApp(`/cycles/${CYCLE}/appraisal/so-tu-phap`);

    const card = (await screen.findByRole('heading', { name: 'Điểm thưởng, điểm trừ' })).closest('.ant-card') as HTMLElement;
    fireEvent.change(within(card).getByLabelText('Số điểm'), { target: { value: '0,5' } });
    fireEvent.change(within(card).getByLabelText('Lý do'), { target: { value: '01 công chức bị kỷ luật' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Ghi điểm thưởng / điểm trừ' }));

    expect(await within(card).findByRole('button', { name: 'Huỷ Điểm trừ: 01 công chức bị kỷ luật' })).toBeTruthy();
    expect(await bodyOf(api, 'POST', `${SHEET}/deductions`)).toEqual({ points: '0.5', reason: '01 công chức bị kỷ luật' });
  });

  it('the council chair reads the unit’s explanation, restores the points with the vote, then finalizes', async () => {
    sessionStorage.setItem('par.token', chairToken());
    const sent = sheet({
      phase: 'resultSent',
      sentAt: '2025-11-21T02:00:00.000Z',
      explanationDeadline: '2025-11-26T02:00:00.000Z',
      leaves: sheet().leaves.map((leaf) => (leaf.criterion === '1.1' ? { ...leaf, points: '0.50', reviewed: true, explanation: 'open' } : leaf)),
    });
    const api = gatewayWith(sent, {
      [`POST ${SHEET}/explanations/1.1/resolution`]: (_request, current) => ({
        ...current,
        leaves: current.leaves.map((leaf) => (leaf.criterion === '1.1' ? { ...leaf, points: '1.00', explanation: 'resolved' } : leaf)),
      }),
      [`POST ${SHEET}/finalize`]: (_request, current) => ({ ...current, phase: 'finalized', finalizedAt: '2025-11-25T02:00:00.000Z' }),
    });
    renderApp(`/cycles/${CYCLE}/appraisal/so-tu-phap`);

    const explanation = await screen.findByRole('region', { name: 'Giải trình tiêu chí 1.1' });
    expect(await within(explanation).findByText('Kế hoạch đã trình đúng hạn, ban hành chậm do lãnh đạo đi công tác')).toBeTruthy();
    expect(within(explanation).getByText('Tờ trình 05/TTr-STP · 05/01/2025')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Chấm điểm tiêu chí 1.1' })).toBeNull();

    fireEvent.click(within(explanation).getByLabelText('Thay đổi điểm'));
    fireEvent.change(await within(explanation).findByLabelText('Điểm mới'), { target: { value: '1' } });
    fireEvent.change(within(explanation).getByLabelText('Lý do của Hội đồng'), { target: { value: 'Hội đồng chấp nhận giải trình' } });
    for (const [label, value] of [
      ['Số phiếu tán thành', '5'],
      ['Số phiếu không tán thành', '2'],
      ['Số phiếu trắng', '0'],
      ['Số thành viên Hội đồng', '7'],
    ]) {
      fireEvent.change(within(explanation).getByLabelText(label), { target: { value } });
    }
    fireEvent.click(within(explanation).getByRole('button', { name: 'Ghi quyết định' }));

    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Giải trình tiêu chí 1.1' })).getByText('Đã giải quyết giải trình')).toBeTruthy());
    expect(await bodyOf(api, 'POST', `${SHEET}/explanations/1.1/resolution`)).toEqual({
      decision: 'changed',
      points: '1',
      reason: 'Hội đồng chấp nhận giải trình',
      votes: { for: 5, against: 2, abstain: 0, members: 7 },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Chốt kết quả thẩm định' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Chốt' }));
    expect(await screen.findByText('Đã chốt', { selector: '.ant-tag' })).toBeTruthy();
  });

  it('a unit that has not submitted: nothing to appraise yet, said in Vietnamese', async () => {
    sessionStorage.setItem('par.token', appraiserToken());
    fakeApi({
      [`GET /api/v1/cycles/${CYCLE}`]: overview,
      [`GET ${SELF}`]: { ...selfAssessment, status: 'draft' },
      [`GET ${SHEET}`]: () => problem(404, { code: 'APPRAISAL_NOT_FOUND', title: 'Không tìm thấy', detail: 'No appraisal', field: 'unitId' }),
    });
    renderApp(`/cycles/${CYCLE}/appraisal/so-tu-phap`);

    expect(await screen.findByText('Đơn vị chưa nộp bảng tự đánh giá: chưa có gì để thẩm định.')).toBeTruthy();
  });
});
