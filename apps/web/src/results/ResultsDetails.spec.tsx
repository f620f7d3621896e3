import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../testing/fake-api';
import { renderApp } from '../testing/render-app';
import { adminToken, inHours, tokenWith } from '../testing/tokens';

// A whole results screen (tables, charts, decisions) renders in jsdom in seconds; a busy 2-core machine needs more.
const SLOW = { timeout: 120_000 };
/** The screen's first render (its lazy chunk, antd's styles), on such a machine. */
const LOADED = { timeout: 30_000 };

const overview = (cycleId: string, year: number) => ({
  cycleId,
  year,
  title: `Chỉ số CCHC năm ${year}`,
  evaluator: 'ubnd-tinh-demo',
  status: 'closed',
  selfAssessmentDue: null,
  groups: [{ groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' }],
  units: [],
});

const fields = (first: string | null, second: string | null) => [
  { field: '1', title: 'Công tác chỉ đạo, điều hành CCHC', achieved: '9.50', applicableMax: '10.00', index: first },
  { field: '2', title: 'Xây dựng và tổ chức thực hiện thể chế', achieved: '3.50', applicableMax: '7.50', index: second },
];

const resultsOf = (cycleId: string, tuPhap: string, noiVu: string) => ({
  cycle: cycleId,
  groups: [
    {
      group: 'departments',
      results: [
        {
          rank: 1,
          unit: 'so-noi-vu',
          name: 'Sở Nội vụ',
          selfTotal: '79.25',
          appraisedTotal: noiVu,
          applicableMax: '100.00',
          index: noiVu,
          class: 'XUAT_SAC',
          fields: fields('95.00', '46.67'),
        },
        {
          rank: 2,
          unit: 'so-tu-phap',
          name: 'Sở Tư pháp',
          selfTotal: '80.00',
          appraisedTotal: tuPhap,
          applicableMax: '100.00',
          index: tuPhap,
          class: 'TOT',
          fields: fields('80.00', null),
        },
      ],
    },
  ],
});

const cycles = {
  cycles: [
    { cycleId: 'demo-2025', year: 2025, title: 'Chỉ số CCHC năm 2025', status: 'closed' },
    { cycleId: 'demo-2024', year: 2024, title: 'Chỉ số CCHC năm 2024', status: 'closed' },
    { cycleId: 'demo-2026', year: 2026, title: 'Chỉ số CCHC năm 2026', status: 'setup' },
  ],
};

const revision = {
  revision: 1,
  number: '35/QĐ-UBND',
  date: '2026-01-27',
  signer: 'Chủ tịch UBND tỉnh',
  reason: null,
  snapshotJson: '{}',
  snapshotHash: 'ab'.repeat(32),
  previousSnapshotHash: null,
  snapshotVerified: true,
  publishedBy: 'admin.sonoivu',
  publishedAt: '2026-01-27T02:30:00Z',
  eventHash: 'cd'.repeat(32),
};

function routes(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/v1/cycles': cycles,
    'GET /api/v1/cycles/demo-2025': overview('demo-2025', 2025),
    'GET /api/v1/cycles/demo-2025/results': resultsOf('demo-2025', '86.85', '94.97'),
    'GET /api/v1/cycles/demo-2024/results': resultsOf('demo-2024', '81.20', '90.00'),
    // A cycle being set up ranks nobody yet: no point on the line.
    'GET /api/v1/cycles/demo-2026/results': { cycle: 'demo-2026', groups: [] },
    'GET /api/v1/cycles/demo-2025/decisions': { revisions: [] },
    ...extra,
  };
}

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('Kết quả: a unit up close, field by field and year after year', SLOW, () => {
  it("a unit's staff see their own unit: its field scores and its index across the cycles of the list", async () => {
    sessionStorage.setItem('par.token', tokenWith({ sub: 'reporter.so-tu-phap', roles: ['UNIT_REPORTER'], unitId: 'so-tu-phap', exp: inHours(8) }));
    fakeApi(routes());
    renderApp('/cycles/demo-2025/results');

    const fieldScores = await screen.findByRole('table', { name: 'Điểm theo lĩnh vực — Sở Tư pháp' });
    expect(cellsOf(fieldScores)).toEqual([
      ['1', 'Công tác chỉ đạo, điều hành CCHC', '9,50 / 10,00', '80,00'],
      ['2', 'Xây dựng và tổ chức thực hiện thể chế', '3,50 / 7,50', '—'],
    ]);
    const trend = await screen.findByRole('table', { name: 'Chỉ số qua các năm — Sở Tư pháp' });
    await waitFor(() =>
      expect(cellsOf(trend)).toEqual([
        ['2024', '81,20'],
        ['2025', '86,85'],
      ]),
    );
    expect(screen.getByRole('figure', { name: 'Chỉ số qua các năm — Sở Tư pháp' })).toBeTruthy();
  });

  it('another unit chosen: its fields and its trend instead', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi(routes());
    renderApp('/cycles/demo-2025/results');

    await screen.findByRole('table', { name: 'Điểm theo lĩnh vực — Sở Nội vụ' });
    fireEvent.mouseDown(screen.getByLabelText('Đơn vị'));
    fireEvent.click(await screen.findByText('Sở Tư pháp', { selector: '.ant-select-item-option-content' }));

    expect(await screen.findByRole('table', { name: 'Điểm theo lĩnh vực — Sở Tư pháp' })).toBeTruthy();
    const trend = await screen.findByRole('table', { name: 'Chỉ số qua các năm — Sở Tư pháp' });
    await waitFor(() => expect(cellsOf(trend).map(([year]) => year)).toEqual(['2024', '2025']));
  });
});

describe('Kết quả: the decision appendix out of the screen', SLOW, () => {
  it('"Tải Excel" downloads the gateway’s workbook with the bearer token', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const workbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    const api = fakeApi(
      routes({ 'GET /api/v1/cycles/demo-2025/results.xlsx': () => new Response(workbook, { headers: { 'content-type': 'application/vnd.ms-excel' } }) }),
    );
    const createObjectURL = vi.fn(() => 'blob:ket-qua');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp('/cycles/demo-2025/results');

    fireEvent.click(await screen.findByRole('button', { name: 'Tải Excel (phụ lục)' }));

    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    const request = api.requests.find((candidate) => candidate.url.endsWith('/results.xlsx'));
    expect(request?.headers.get('authorization')).toMatch(/^Bearer /);
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('"In / Xuất PDF" prints the page (the print stylesheet leaves the app around it out)', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi(routes());
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderApp('/cycles/demo-2025/results');

    fireEvent.click(await screen.findByRole('button', { name: 'In / Xuất PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('Kết quả: publishing the results as a decision', SLOW, () => {
  it('the province admin publishes number, date and signer; the decision is listed', async () => {
    sessionStorage.setItem('par.token', adminToken());
    let published = false;
    const api = fakeApi(
      routes({
        'GET /api/v1/cycles/demo-2025/decisions': () => json(200, { revisions: published ? [revision] : [] }),
        'POST /api/v1/cycles/demo-2025/decisions': () => {
          published = true;
          return json(201, { streamId: 'decision:demo-2025', revision: 1, snapshotHash: revision.snapshotHash });
        },
      }),
    );
    renderApp('/cycles/demo-2025/results');

    expect(await screen.findByText('Chưa công bố quyết định nào.')).toBeTruthy();
    fireEvent.change(await screen.findByLabelText('Số quyết định', {}, LOADED), { target: { value: '35/QĐ-UBND' } });
    fireEvent.change(screen.getByLabelText('Ngày ký'), { target: { value: '2026-01-27' } });
    fireEvent.change(screen.getByLabelText('Người ký'), { target: { value: 'Chủ tịch UBND tỉnh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Công bố' }));

    const decisions = await screen.findByRole('table', { name: 'Quyết định công bố kết quả' });
    await waitFor(() =>
      expect(cellsOf(decisions)).toEqual([['1', '35/QĐ-UBND', '27/01/2026', 'Chủ tịch UBND tỉnh', '—', '27/01/2026 09:30 · admin.sonoivu', 'Nguyên vẹn']]),
    );
    const post = api.requests.find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ number: '35/QĐ-UBND', date: '2026-01-27', signer: 'Chủ tịch UBND tỉnh' });
    // Published: the form gives way to the list.
    expect(screen.queryByRole('button', { name: 'Công bố' })).toBeNull();
  });

  it('a refusal shows under the field it names, in Vietnamese, and what was typed stays', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi(
      routes({
        'POST /api/v1/cycles/demo-2025/decisions': () =>
          problem(400, { code: 'DATE_INVALID', title: 'Dữ liệu không hợp lệ', detail: 'date "2026-02-30" must be a calendar date YYYY-MM-DD', field: 'date' }),
      }),
    );
    renderApp('/cycles/demo-2025/results');

    fireEvent.change(await screen.findByLabelText('Số quyết định', {}, LOADED), { target: { value: '35/QĐ-UBND' } });
    fireEvent.change(screen.getByLabelText('Ngày ký'), { target: { value: '2026-02-28' } });
    fireEvent.change(screen.getByLabelText('Người ký'), { target: { value: 'Chủ tịch UBND tỉnh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Công bố' }));

    expect(await screen.findByText('Ngày ký không phải là một ngày hợp lệ (YYYY-MM-DD).')).toBeTruthy();
    expect((screen.getByLabelText('Số quyết định') as HTMLInputElement).value).toBe('35/QĐ-UBND');
    expect((screen.getByLabelText('Người ký') as HTMLInputElement).value).toBe('Chủ tịch UBND tỉnh');
  });

  it('an empty field is named before anything is sent', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const api = fakeApi(routes());
    renderApp('/cycles/demo-2025/results');

    fireEvent.click(await screen.findByRole('button', { name: 'Công bố' }, LOADED));
    expect(await screen.findByText('Hãy nhập Số quyết định')).toBeTruthy();
    expect(api.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('other roles read the decisions but get no form', async () => {
    sessionStorage.setItem('par.token', tokenWith({ sub: 'reporter.so-tu-phap', roles: ['UNIT_REPORTER'], unitId: 'so-tu-phap', exp: inHours(8) }));
    fakeApi(routes({ 'GET /api/v1/cycles/demo-2025/decisions': { revisions: [revision] } }));
    renderApp('/cycles/demo-2025/results');

    const decisions = await screen.findByRole('table', { name: 'Quyết định công bố kết quả' });
    await waitFor(() => expect(cellsOf(decisions)[0][1]).toBe('35/QĐ-UBND'));
    expect(screen.queryByRole('button', { name: 'Công bố' })).toBeNull();
  });
});
