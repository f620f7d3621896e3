import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '../testing/fake-api';
import { renderApp } from '../testing/render-app';
import { adminToken, inHours, tokenWith } from '../testing/tokens';

const overview = {
  cycleId: 'demo-2025',
  year: 2025,
  title: 'Chỉ số CCHC năm 2025',
  evaluator: 'ubnd-tinh-demo',
  status: 'closed',
  selfAssessmentDue: null,
  groups: [{ groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' }],
  units: [
    { unitId: 'cong-an-tinh', name: 'Công an tỉnh', groupId: 'departments', parentId: null },
    { unitId: 'so-tu-phap', name: 'Sở Tư pháp', groupId: 'departments', parentId: null },
  ],
};

const common = { subject: 'leaf', actorUnitId: null, reason: null, note: null, evidence: [], votes: null, decision: null, importedFrom: null };
const audit = {
  entries: [
    {
      ...common,
      stage: 'self',
      criterion: '7.5',
      fromPoints: null,
      toPoints: '2.00',
      actor: 'bui.kim.nam',
      role: 'UNIT_HEAD',
      actorUnitId: 'cong-an-tinh',
      occurredAt: '2025-10-01T02:30:00Z',
      recordedAt: '2025-10-01T02:30:00Z',
      evidence: [{ title: 'Báo cáo kết quả thanh toán trực tuyến', documentNo: '199/BC-CAT', date: '2025-07-09' }],
      importedFrom: 'sha256:270392702a4e2340834096326949feb4c875b30963fc29b5b8eec22a29e09e9c',
    },
    {
      ...common,
      stage: 'self',
      criterion: '1.1',
      fromPoints: null,
      toPoints: '1.00',
      actor: 'bui.kim.nam',
      role: 'UNIT_HEAD',
      occurredAt: '2025-10-01T02:30:00Z',
      recordedAt: '2025-10-01T02:30:00Z',
    },
    {
      ...common,
      stage: 'appraisal',
      criterion: '7.5',
      fromPoints: '2.00',
      toPoints: '1.75',
      actor: 'pham.quoc.bao',
      role: 'APPRAISER',
      occurredAt: '2025-11-03T08:05:00Z',
      recordedAt: '2025-11-03T08:05:00Z',
      reason: 'Tỷ lệ thanh toán trực tuyến thấp hơn chỉ tiêu của tỉnh',
    },
    {
      ...common,
      stage: 'explanation',
      criterion: '7.5',
      fromPoints: null,
      toPoints: null,
      actor: 'bui.kim.nam',
      role: 'UNIT_REPORTER',
      occurredAt: '2025-11-05T01:00:00Z',
      recordedAt: '2025-11-05T01:00:00Z',
      note: 'Đơn vị bổ sung tài liệu số 268/BC-CAT',
    },
    {
      ...common,
      stage: 'council',
      criterion: '7.5',
      fromPoints: '1.75',
      toPoints: '2.00',
      actor: 'chair.hoidong',
      role: 'COUNCIL_CHAIR',
      occurredAt: '2025-11-20T03:00:00Z',
      recordedAt: '2025-11-21T03:00:00Z',
      reason: 'Hội đồng thẩm định chấp nhận tài liệu kiểm chứng bổ sung',
      votes: { for: 7, against: 0, abstain: 1, members: 8 },
      decision: 'changed',
    },
    {
      ...common,
      stage: 'survey',
      criterion: '7.8',
      fromPoints: null,
      toPoints: '1.32',
      actor: 'admin.sonoivu',
      role: 'PROVINCE_ADMIN',
      occurredAt: '2025-12-01T03:00:00Z',
      recordedAt: '2025-12-01T03:00:00Z',
      reason: 'Khảo sát dtxh-2025-an-binh: chỉ số 88,00 %, 30 người trả lời',
    },
  ],
};

// A unit's history is several antd tables of nine columns: jsdom takes a while to render them on a busy machine.
const SLOW = 60_000;
const AUDIT = 'GET /api/v1/cycles/demo-2025/units/cong-an-tinh/audit';
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('Lịch sử điểm: every leaf of a unit whose value changed, with its whole chain', () => {
  it(
    '7.5: self 2,00 → appraisal 1,75 with its reason → explanation → council 2,00 with its votes, in Vietnamese figures and times',
    async () => {
      sessionStorage.setItem('par.token', adminToken());
      fakeApi({ 'GET /api/v1/cycles/demo-2025': overview, [AUDIT]: audit });
      renderApp('/audit/demo-2025/cong-an-tinh');

      const leaf = await screen.findByRole('table', { name: 'Tiêu chí 7.5' });
      expect(
        within(leaf)
          .getAllByRole('columnheader')
          .map((cell) => cell.textContent),
      ).toEqual(['Bước', 'Điểm (trước → sau)', 'Người thực hiện', 'Thời gian', 'Lý do, nội dung', 'Minh chứng', 'Nguồn']);
      expect(rows(leaf)).toEqual([
        [
          'Tự chấm',
          '— → 2,00',
          'bui.kim.namThủ trưởng đơn vị · cong-an-tinh',
          '01/10/2025 09:30',
          '—',
          'Báo cáo kết quả thanh toán trực tuyến (199/BC-CAT, 09/07/2025)',
          'Nhập từ tệp sha256:27039270…',
        ],
        ['Thẩm định', '2,00 → 1,75', 'pham.quoc.baoCán bộ thẩm định', '03/11/2025 15:05', 'Tỷ lệ thanh toán trực tuyến thấp hơn chỉ tiêu của tỉnh', '—', '—'],
        ['Giải trình', '—', 'bui.kim.namCán bộ đầu mối của đơn vị', '05/11/2025 08:00', 'Đơn vị bổ sung tài liệu số 268/BC-CAT', '—', '—'],
        [
          'Hội đồng thẩm định',
          '1,75 → 2,00',
          'chair.hoidongChủ tịch Hội đồng thẩm định',
          '20/11/2025 10:00Ghi nhận lúc 21/11/2025 10:00',
          'Hội đồng thẩm định chấp nhận tài liệu kiểm chứng bổ sung' +
            'Biểu quyết: tán thành 7 · không tán thành 0 · không biểu quyết 1 / 8 thành viên — Thay đổi',
          '—',
          '—',
        ],
      ]);
      expect(rows(screen.getByRole('table', { name: 'Tiêu chí 7.8' }))[0]).toEqual(
        expect.arrayContaining(['Điều tra, khảo sát', '— → 1,32', 'Đợt khảo sát dtxh-2025-an-binh']),
      );
      // 1.1 only took the unit's own score: shown on request.
      expect(screen.queryByRole('table', { name: 'Tiêu chí 1.1' })).toBeNull();
      fireEvent.click(screen.getByRole('switch'));
      expect(await screen.findByRole('table', { name: 'Tiêu chí 1.1' })).toBeTruthy();
    },
    SLOW,
  );

  it(
    'a unit’s own official lands on the unit’s own history, and is offered no other unit and no log check',
    async () => {
      sessionStorage.setItem('par.token', tokenWith({ sub: 'bui.kim.nam', roles: ['UNIT_REPORTER'], unitId: 'cong-an-tinh', exp: inHours(8) }));
      localStorage.setItem('par.cycle', 'demo-2025');
      const api = fakeApi({ 'GET /api/v1/cycles/demo-2025': overview, [AUDIT]: audit });
      renderApp('/audit');

      expect(await screen.findByRole('table', { name: 'Tiêu chí 7.5' })).toBeTruthy();
      expect(api.requests.map((request) => new URL(request.url).pathname)).toContain('/api/v1/cycles/demo-2025/units/cong-an-tinh/audit');
      expect(screen.queryByRole('button', { name: 'Kiểm tra nhật ký' })).toBeNull();
      fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Đơn vị' }));
      expect(screen.queryByText('Sở Tư pháp')).toBeNull();
    },
    SLOW,
  );

  it('a refusal of the trail is shown in Vietnamese', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({
      'GET /api/v1/cycles/demo-2025': overview,
      [AUDIT]: () => problem(403, { code: 'WRONG_UNIT', title: 'Không được phép', detail: 'A UNIT_HEAD cannot act for unit "cong-an-tinh"', field: 'unitId' }),
    });
    renderApp('/audit/demo-2025/cong-an-tinh');

    expect(await screen.findByText('Bạn chỉ được thao tác trên đơn vị của mình.')).toBeTruthy();
  });
});

describe('Kiểm tra nhật ký: the hash-chain check of every service’s log', { timeout: SLOW }, () => {
  const verified = (submissions: object) => ({
    services: [
      { service: 'submissions', ok: true, events: 1160, streams: 29, ...submissions },
      { service: 'appraisal', ok: true, events: 432, streams: 28 },
      { service: 'ranking', ok: true, events: 0, streams: 0 },
      { service: 'survey', ok: true, events: 164, streams: 2 },
    ],
  });

  it('every service ok, with the events and streams it checked', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const api = fakeApi({ 'POST /api/v1/log-verifications': verified({}) });
    renderApp('/audit');

    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra nhật ký' }));

    const table = await screen.findByRole('table', { name: 'Kiểm tra nhật ký sự kiện' });
    expect(rows(table)).toEqual([
      ['Tự đánh giá, kỳ đánh giá', 'Toàn vẹn', '1.160', '29', '—'],
      ['Thẩm định', 'Toàn vẹn', '432', '28', '—'],
      ['Quyết định công bố', 'Toàn vẹn', '0', '0', '—'],
      ['Điều tra, khảo sát', 'Toàn vẹn', '164', '2', '—'],
    ]);
    expect(screen.getByText('Nhật ký của mọi dịch vụ toàn vẹn.')).toBeTruthy();
    expect(api.requests.at(-1)?.method).toBe('POST');
  });

  it('a broken chain: the service, what is wrong, and the first broken event', async () => {
    sessionStorage.setItem('par.token', adminToken());
    const broken = {
      ok: false,
      firstBroken: {
        streamId: 'unit:demo-2025:so-tu-phap',
        streamVersion: 2,
        eventId: '0190a2b4-0000-7000-8000-000000000001',
        problem: 'HASH_MISMATCH',
        expected: 'a'.repeat(64),
        actual: 'b'.repeat(64),
      },
    };
    fakeApi({ 'POST /api/v1/log-verifications': verified(broken) });
    renderApp('/audit');

    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra nhật ký' }));

    const table = await screen.findByRole('table', { name: 'Kiểm tra nhật ký sự kiện' });
    const [submissions] = rows(table);
    expect(submissions.slice(0, 2)).toEqual(['Tự đánh giá, kỳ đánh giá', 'Có sai lệch']);
    expect(submissions[4]).toContain('Nội dung sự kiện đã bị sửa (mã băm không khớp)');
    expect(submissions[4]).toContain('Luồng unit:demo-2025:so-tu-phap, phiên bản 2');
    expect(screen.getByText('Nhật ký có sai lệch: xem sự kiện sai đầu tiên của từng dịch vụ.')).toBeTruthy();
  });

  it('a role the gateway refuses: the refusal in Vietnamese', async () => {
    sessionStorage.setItem('par.token', adminToken());
    fakeApi({
      'POST /api/v1/log-verifications': () => problem(403, { code: 'ROLE_NOT_ALLOWED', title: 'Không được phép', detail: 'role not allowed', field: 'roles' }),
    });
    renderApp('/audit');

    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra nhật ký' }));
    expect(await screen.findByText('Vai trò của bạn không được phép thực hiện thao tác này.')).toBeTruthy();
  });
});
