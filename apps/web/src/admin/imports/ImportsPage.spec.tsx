import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../testing/fake-api';
import { renderApp } from '../../testing/render-app';
import { adminToken } from '../../testing/tokens';
import type { ImportStatus } from './imports.api';

const status = (change: Partial<ImportStatus>): ImportStatus => ({
  id: 'imp-1',
  state: 'queued',
  fileName: 'cchc-2022.xlsx',
  format: 'xlsx',
  cycle: 'cchc-2022',
  requestedBy: 'admin.sonoivu',
  createdAt: '2026-01-05T02:00:00Z',
  finishedAt: null,
  progress: { done: 0, total: 40, phase: 'queued' },
  summary: null,
  problems: [],
  ...change,
});

const upload = (name: string) => {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['{}'], name, { type: name.endsWith('.json') ? 'application/json' : '' })] } });
};
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

// A whole antd screen per test: on a busy 2-core machine that takes well over 20 s.
describe('Nhập dữ liệu: a cycle file uploaded, followed, and refused row by row', { timeout: 120_000 }, () => {
  it('an accepted file: a progress bar with its phase until the summary', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const polls = [
      status({ state: 'running', progress: { done: 20, total: 40, phase: 'deciding' } }),
      status({
        state: 'succeeded',
        finishedAt: '2026-01-05T02:00:09Z',
        progress: { done: 40, total: 40, phase: 'done' },
        summary: { commands: 40, eventsAppended: 57, seconds: 9 },
      }),
    ];
    const api = fakeApi({
      'POST /api/v1/imports': () => json(202, status({})),
      'GET /api/v1/imports/imp-1': () => json(200, polls.length > 1 ? polls.shift() : polls[0]),
    });
    renderApp('/imports');

    await screen.findByRole('heading', { name: 'Nhập tệp kỳ đánh giá' });
    upload('cchc-2022.xlsx');

    expect(await screen.findByRole('progressbar', { name: 'Tiến độ nhập tệp' })).toBeTruthy();
    expect(await screen.findByText('Đang kiểm tra từng lệnh: 20/40 lệnh')).toBeTruthy();
    expect(await screen.findByText('Đã nhập xong kỳ đánh giá cchc-2022.', {}, { timeout: 15_000 })).toBeTruthy();
    const summary = screen.getByText('Số sự kiện ghi thêm').closest('tr') as HTMLElement;
    expect(summary.textContent).toContain('57');
    const sent = api.requests.find((request) => request.method === 'POST') as Request;
    expect(sent.headers.get('authorization')).toMatch(/^Bearer /);
    expect(sent.headers.get('content-type')).toMatch(/^multipart\/form-data/);
    expect((await sent.formData()).get('file')).toBeTruthy();
  });

  it('a refused workbook: every problem in a table with its sheet, row, column, unit and criterion', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({
      'POST /api/v1/imports': () =>
        problem(422, {
          code: 'IMPORT_REFUSED',
          title: 'Dữ liệu không hợp lệ',
          detail: 'The file was refused and nothing was imported: 2 problems',
          field: 'file',
          problems: [
            { code: 'CELL_NOT_A_NUMBER', message: 'points "một" is not a number', sheet: 'scores', row: 3, column: 'points', unit: 'so-x', criterion: '1.1' },
            { code: 'SCORE_ABOVE_MAX', message: 'points 3.00 exceed the max 2.00', sheet: 'scores', row: 4, column: 'points', unit: 'so-x', criterion: '3.2' },
          ],
        } as Parameters<typeof problem>[1]),
    });
    renderApp('/imports');

    await screen.findByRole('heading', { name: 'Nhập tệp kỳ đánh giá' });
    upload('bang-diem.xlsx');

    const table = await screen.findByRole('table', { name: 'Các lỗi của tệp' });
    const [, ...rows] = within(table).getAllByRole('row');
    expect(rows.map(cells)).toEqual([
      ['scores', '3', 'points', 'so-x', '1.1', 'Ô phải là một số.points "một" is not a number', 'CELL_NOT_A_NUMBER'],
      ['scores', '4', 'points', 'so-x', '3.2', 'Điểm vượt điểm tối đa của tiêu chí.points 3.00 exceed the max 2.00', 'SCORE_ABOVE_MAX'],
    ]);
    expect(screen.getByText('Tệp bị từ chối: 2 lỗi.')).toBeTruthy();
  });

  it('an import the services refuse once started: its problem, by JSON field, in the same table', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({
      'POST /api/v1/imports': () => json(202, status({ fileName: 'cchc-2022.json', format: 'json' })),
      'GET /api/v1/imports/imp-1': status({
        state: 'failed',
        fileName: 'cchc-2022.json',
        finishedAt: '2026-01-05T02:00:03Z',
        problems: [{ code: 'IMPORT_REFUSED', message: 'import of cchc-2022 refused: a reason is required', field: 'appraisals[0].scores[1]' }],
      }),
    });
    renderApp('/imports');

    await screen.findByRole('heading', { name: 'Nhập tệp kỳ đánh giá' });
    upload('cchc-2022.json');

    const table = await screen.findByRole('table', { name: 'Các lỗi của tệp' });
    await waitFor(() => expect(cells(within(table).getAllByRole('row')[1])[2]).toBe('appraisals[0].scores[1]'));
    expect(screen.getByText('Nhập tệp thất bại: 1 lỗi.')).toBeTruthy();
  });

  it('the export of an unknown cycle: the refusal in Vietnamese under the cycle’s id', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({
      'GET /api/v1/cycles/khong-co/export': () =>
        problem(404, { code: 'CYCLE_NOT_FOUND', title: 'Không tìm thấy', detail: 'cycle "khong-co" does not exist', field: 'cycleId' }),
    });
    renderApp('/imports');

    fireEvent.change(await screen.findByLabelText('Mã kỳ đánh giá'), { target: { value: 'khong-co' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tải về Excel (.xlsx)' }));

    expect(await screen.findByText('Không tìm thấy kỳ đánh giá này.')).toBeTruthy();
  });
});
