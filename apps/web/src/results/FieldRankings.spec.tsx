import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../app/AppProviders';
import { AppRoutes } from '../app/AppRoutes';
import { createQueryClient } from '../api/query-client';
import { createI18n } from '../i18n/i18n';
import { fakeApi, json, problem } from '../testing/fake-api';
import { renderApp } from '../testing/render-app';
import { adminToken } from '../testing/tokens';

// A whole results screen (tables, charts, decisions) renders in jsdom in seconds; a busy 2-core machine needs more.
const SLOW = { timeout: 120_000 };

const overview = {
  cycleId: 'demo-2025',
  year: 2025,
  title: 'Chỉ số CCHC năm 2025',
  evaluator: 'ubnd-tinh-demo',
  status: 'closed',
  selfAssessmentDue: null,
  groups: [
    { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' },
    { groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts' },
  ],
  units: [],
};

const field = (code: string, title: string, index: string | null) => ({ field: code, title, achieved: '9.00', applicableMax: '10.00', index });
const fields = [field('1', 'Công tác chỉ đạo, điều hành CCHC', '90.00'), field('2', 'Cải cách thể chế', '90.00')];
const row = (rank: number, unit: string, name: string, index: string) => ({
  rank,
  unit,
  name,
  selfTotal: index,
  appraisedTotal: index,
  applicableMax: '100.00',
  index,
  class: 'TOT',
  fields,
});

const results = {
  cycle: 'demo-2025',
  groups: [
    { group: 'departments', results: [row(1, 'so-noi-vu', 'Sở Nội vụ', '94.97'), row(2, 'so-tu-phap', 'Sở Tư pháp', '86.85')] },
    { group: 'districts', results: [row(1, 'huyen-suoi-lam', 'UBND huyện Suối Lam', '62.11')] },
  ],
};

const fieldTwo = {
  cycle: 'demo-2025',
  field: '2',
  groups: [
    {
      group: 'departments',
      title: 'Cải cách thể chế',
      results: [
        { rank: 1, unit: 'so-tu-phap', name: 'Sở Tư pháp', achieved: '9.83', applicableMax: '10.00', index: '98.30' },
        { rank: 2, unit: 'so-noi-vu', name: 'Sở Nội vụ', achieved: '9.57', applicableMax: '10.00', index: '95.70' },
        { rank: 3, unit: 'so-y', name: 'Sở Y', achieved: '0.00', applicableMax: '0.00', index: null },
      ],
    },
    {
      group: 'districts',
      title: 'Cải cách thể chế',
      results: [{ rank: 1, unit: 'huyen-suoi-lam', name: 'UBND huyện Suối Lam', achieved: '1234.50', applicableMax: '1500.00', index: '82.30' }],
    },
  ],
};

const FIELD_TWO = 'GET /api/v1/cycles/demo-2025/field-rankings/2';
const routes = (extra: Record<string, unknown> = {}) => ({
  'GET /api/v1/cycles/demo-2025': overview,
  'GET /api/v1/cycles/demo-2025/results': results,
  'GET /api/v1/cycles/demo-2025/decisions': { revisions: [] },
  [FIELD_TWO]: fieldTwo,
  ...extra,
});

const DEPARTMENTS_BY_FIELD_TWO = 'Sở, ban, ngành: xếp hạng theo Lĩnh vực 2 — Cải cách thể chế';

const textsOf = (cells: HTMLElement[]) => cells.map((cell) => cell.textContent);
const tableOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((tableRow) => textsOf(within(tableRow).queryAllByRole('columnheader').concat(within(tableRow).queryAllByRole('cell'))));

function chooseRanking(label: string) {
  fireEvent.mouseDown(screen.getByLabelText('Xếp hạng theo'));
  fireEvent.click(screen.getByText(label, { selector: '.ant-select-item-option-content' }));
}

/** The app as renderApp gives it, with the router's current URL written out beside it (what a bookmark would keep). */
function renderAppWithUrl(url: string) {
  function Url() {
    const location = useLocation();
    return <output aria-label="url">{location.pathname + location.search}</output>;
  }
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return render(
    <AppProviders i18n={createI18n('vi')} queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <Url />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('Kết quả: "Xếp hạng theo" a field’s component index (lĩnh vực)', SLOW, () => {
  it('offers the PAR index (the default) and each field; a field gives each group’s table by it, in Vietnamese figures, kept in the URL', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const api = fakeApi(routes());
    renderAppWithUrl('/cycles/demo-2025/results');

    await screen.findByRole('table', { name: 'Sở, ban, ngành' });
    fireEvent.mouseDown(screen.getByLabelText('Xếp hạng theo'));
    const options = document.querySelectorAll('.ant-select-item-option-content');
    expect([...options].map((option) => option.textContent)).toEqual([
      'Chỉ số CCHC',
      'Lĩnh vực 1 — Công tác chỉ đạo, điều hành CCHC',
      'Lĩnh vực 2 — Cải cách thể chế',
    ]);
    expect(api.requests.some((request) => request.url.includes('/field-rankings/'))).toBe(false);

    fireEvent.click(screen.getByText('Lĩnh vực 2 — Cải cách thể chế', { selector: '.ant-select-item-option-content' }));

    const departments = await screen.findByRole('table', { name: DEPARTMENTS_BY_FIELD_TWO });
    expect(tableOf(departments)).toEqual([
      ['Hạng', 'Đơn vị', 'Điểm đạt / tối đa', 'Chỉ số thành phần (%)'],
      ['1', 'Sở Tư pháp', '9,83 / 10,00', '98,30'],
      ['2', 'Sở Nội vụ', '9,57 / 10,00', '95,70'],
      ['3', 'Sở Y', '0,00 / 0,00', '—'],
    ]);
    const districts = screen.getByRole('table', { name: 'UBND cấp huyện: xếp hạng theo Lĩnh vực 2 — Cải cách thể chế' });
    expect(tableOf(districts)[1]).toEqual(['1', 'UBND huyện Suối Lam', '1.234,50 / 1.500,00', '82,30']);
    // The index tables give way to the field's; the unit detail stays.
    expect(screen.queryByRole('table', { name: 'Sở, ban, ngành' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Chi tiết theo đơn vị' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'url' }).textContent).toBe('/cycles/demo-2025/results?field=2');
    const request = api.requests.find((candidate) => candidate.url.endsWith('/field-rankings/2'));
    expect(request?.headers.get('authorization')).toMatch(/^Bearer /);

    chooseRanking('Chỉ số CCHC');
    expect(await screen.findByRole('table', { name: 'Sở, ban, ngành' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: DEPARTMENTS_BY_FIELD_TWO })).toBeNull();
    expect(screen.getByRole('status', { name: 'url' }).textContent).toBe('/cycles/demo-2025/results');
  });

  it('a shared link with ?field=2 opens on that field’s ranking', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi(routes());
    renderApp('/cycles/demo-2025/results?field=2');

    const departments = await screen.findByRole('table', { name: DEPARTMENTS_BY_FIELD_TWO });
    expect(tableOf(departments)[1]).toEqual(['1', 'Sở Tư pháp', '9,83 / 10,00', '98,30']);
    expect(screen.getByLabelText('Xếp hạng theo').closest('.ant-select')?.textContent).toBe('Lĩnh vực 2 — Cải cách thể chế');
    expect(screen.queryByRole('table', { name: 'Sở, ban, ngành' })).toBeNull();
  });

  it('a field the cycle lacks is said so, and the picker leads back', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi(
      routes({
        'GET /api/v1/cycles/demo-2025/field-rankings/9': () =>
          problem(404, { code: 'FIELD_NOT_FOUND', title: 'Không tìm thấy', detail: 'No group of cycle demo-2025 has a field 9', field: 'field' }),
      }),
    );
    renderApp('/cycles/demo-2025/results?field=9');

    expect(await screen.findByText('Kỳ đánh giá này không có lĩnh vực 9. Chọn lĩnh vực khác ở mục “Xếp hạng theo”.')).toBeTruthy();
    chooseRanking('Lĩnh vực 2 — Cải cách thể chế');
    expect(await screen.findByRole('table', { name: DEPARTMENTS_BY_FIELD_TWO })).toBeTruthy();
  });

  it('while the ranking loads a skeleton stands in; a failure offers to try again', async () => {
    sessionStorage.setItem('par.token', adminToken());
    let answer: (response: Response) => void = () => undefined;
    let calls = 0;
    fakeApi(
      routes({
        [FIELD_TWO]: () => {
          calls += 1;
          if (calls === 1) return problem(503, { code: 'UNAVAILABLE', title: 'Dịch vụ tạm thời không khả dụng', detail: 'ranking is restarting' });
          return new Promise<Response>((resolve) => (answer = resolve));
        },
      }),
    );
    const { container } = renderApp('/cycles/demo-2025/results?field=2');

    expect(await screen.findByText('ranking is restarting')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Thử lại/ }));
    await waitFor(() => expect(container.querySelector('.ant-skeleton')).not.toBeNull());
    answer(json(200, fieldTwo));
    expect(await screen.findByRole('table', { name: DEPARTMENTS_BY_FIELD_TWO })).toBeTruthy();
  });

  it('in English: the control, the headings and the figures', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi(routes());
    renderApp('/cycles/demo-2025/results?field=2', { language: 'en' });

    const departments = await screen.findByRole('table', { name: 'Sở, ban, ngành: ranked by Field 2 — Cải cách thể chế' });
    expect(tableOf(departments).slice(0, 2)).toEqual([
      ['Rank', 'Unit', 'Points / max', 'Component index (%)'],
      ['1', 'Sở Tư pháp', '9.83 / 10.00', '98.30'],
    ]);
    expect(screen.getByLabelText('Rank by')).toBeTruthy();
  });
});
