/** The platform's API as the demo's accounts call it: their tokens come from the sign-in page's list (GET /api/v1/demo/accounts). */
export interface DemoApi {
  send(method: string, path: string, as: string, body?: unknown): Promise<unknown>;
  get(path: string, as: string): Promise<unknown>;
}

export async function demoApiOf(origin: string): Promise<DemoApi> {
  const accounts = (await (await fetch(`${origin}/api/v1/demo/accounts`)).json()) as { sub: string; token: string }[];
  const tokenOf = (sub: string) => {
    const account = accounts.find((candidate) => candidate.sub === sub);
    if (!account) throw new Error(`no demo account ${sub}: ${accounts.map((candidate) => candidate.sub).join(', ')}`);
    return account.token;
  };
  const call = async (method: string, path: string, as: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${tokenOf(as)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${origin}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  return { send: call, get: (path, as) => call('GET', path, as) };
}

const THRESHOLDS = [
  { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
  { class: 'TOT', label: 'Tốt', minIndex: 80 },
  { class: 'KHA', label: 'Khá', minIndex: 65 },
  { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
  { class: 'YEU', label: 'Yếu', minIndex: 0 },
];

/** A leaf of each scoring method, and one the survey fills in (apps/gateway/src/testing/small-cycle.http.ts, in short). */
const CRITERIA = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [
      { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: 1, method: { kind: 'manual', step: 0.25 }, source: 'self' },
      {
        code: '1.2',
        title: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
        maxPoints: 2,
        method: {
          kind: 'bands',
          bands: [
            { minRatio: 1, points: 2 },
            { minRatio: 0.95, points: 1 },
          ],
        },
        source: 'self',
      },
      { code: '1.3', title: 'Điều tra xã hội học', maxPoints: 2.5, method: { kind: 'manual', step: 0.01 }, source: 'survey' },
    ],
  },
  {
    code: '6',
    title: 'Cải cách tài chính công',
    children: [{ code: '6.4', title: 'Dự án PPP', maxPoints: 1, method: { kind: 'allOrNothing' }, source: 'self' }],
  },
];

/**
 * A small open cycle set up by the demo's province admin over HTTP: one group of departments with Sở Tư pháp (the
 * unit of the demo's reporter and head, whose tokens carry unitId so-tu-phap) and Sở Y tế. Resolves once it reads open.
 */
export async function openSmallCycle(api: DemoApi, cycleId: string, title = `Kỳ đánh giá thử ${cycleId}`): Promise<void> {
  const admin = 'admin.sonoivu';
  const cycle = `/cycles/${encodeURIComponent(cycleId)}`;
  await api.send('POST', '/cycles', admin, { cycleId, year: 2025, title, evaluator: 'ubnd-tinh-demo', thresholds: THRESHOLDS });
  await api.send('POST', `${cycle}/criteria-sets`, admin, { criteriaSetId: 'set-departments', criteria: CRITERIA });
  await api.send('POST', `${cycle}/groups`, admin, { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' });
  await api.send('POST', `${cycle}/units`, admin, { unitId: 'so-tu-phap', name: 'Sở Tư pháp', groupId: 'departments' });
  await api.send('POST', `${cycle}/units`, admin, { unitId: 'so-y-te', name: 'Sở Y tế', groupId: 'departments' });
  await api.send('POST', `${cycle}/deadlines`, admin, { selfAssessmentDue: '2099-12-31', explanationWindowDays: 5 });
  await api.send('POST', `${cycle}/open`, admin);
  await until(`cycle ${cycleId} open`, async () => ((await api.get(cycle, admin)) as { status: string }).status === 'open');
}

/** Polls a read (the API's reads follow its commands a moment later) until it holds, for at most `ms`. */
export async function until(what: string, holds: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await holds().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
