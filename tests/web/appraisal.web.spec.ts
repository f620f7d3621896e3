import { demoApiOf, type DemoApi } from './support/small-cycle';
import { signInAs } from './support/sign-in';
import { seriousViolations } from './support/accessibility';
import type { Page } from 'playwright-core';
import {
  appraiseLeaf,
  explanationTextOf,
  finalizeAppraisal,
  openAppraisalQueue,
  openAppraisalSheet,
  queuePhaseOf,
  resolveExplanation,
  sendResult,
  sheetRowOf,
} from './steps/appraisal.steps';
import { launchBrowser, chromiumAvailable, type Browser } from './support/browser';
import { startDemoPlatform, type DemoPlatform } from './support/demo-platform';

// "Thẩm định" in a real browser against `npm start`. The demo cycle is finalized already, so the test opens a small
// cycle of its own over the API, has Sở Tư pháp score and submit it there, then drives the appraisal through the UI:
// the appraiser lowers a leaf with a reason and sends the result, the unit explains (API), the council chair restores
// the points with the vote and finalizes. Screenshots land in tmp/web-screenshots/; each main screen passes axe-core.
jest.setTimeout(300_000);

const CYCLE = 'web-tham-dinh-2025';
const UNIT = 'Sở Tư pháp';
const EXPLANATION = 'Kế hoạch đã trình đúng hạn, ban hành chậm do lãnh đạo đi công tác';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

describeInBrowser('the appraisal screens, in a browser', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let api: DemoApi;

  beforeAll(async () => {
    platform = await startDemoPlatform();
    api = await demoApiOf(platform.origin);
    await openSmallCycle(api);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('the appraiser finds Sở Tư pháp in the queue, being appraised, beside the units that have not submitted', async () => {
    const { page } = browser;
    await signInAs(page, platform.origin, 'appraiser.sonoivu');
    await openAppraisalQueue(page, CYCLE);
    expect(await queuePhaseOf(page, UNIT)).toBe('Đang thẩm định');
    expect(await queuePhaseOf(page, 'Sở Y tế')).toBe('Chưa bắt đầu');
    await browser.screenshot('appraisal-queue');
    await expectAccessible(page);
  });

  it('the appraiser lowers 1.1 with a reason, the unit’s evidence beside it, and sends the result', async () => {
    const { page } = browser;
    await openAppraisalSheet(page, UNIT);
    expect((await sheetRowOf(page, '1.1')).slice(2, 6)).toEqual(['1,00', '1,00', expect.stringContaining('12/KH-STP'), '1,00']);

    await appraiseLeaf(page, '1.1', '0,5', 'Kế hoạch ban hành muộn 5 ngày');
    const row = await sheetRowOf(page, '1.1');
    expect(row[5]).toBe('0,50');
    expect(row[6]).toContain('Điều chỉnh');
    await browser.screenshot('appraisal-sheet');
    await expectAccessible(page);

    await sendResult(page);
    expect(page.url()).toBe(`${platform.origin}/cycles/${CYCLE}/appraisal/so-tu-phap`);
  });

  it('the council chair reads the unit’s explanation, restores the points with the vote, and finalizes', async () => {
    await api.send('POST', `/cycles/${CYCLE}/units/so-tu-phap/appraisal/explanations`, 'reporter.sotuphap', {
      criterion: '1.1',
      text: EXPLANATION,
      evidence: [{ title: 'Tờ trình 05/TTr-STP', date: '2025-01-05' }],
    });
    const { page } = browser;
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signInAs(page, platform.origin, 'chair.hoidong');
    await openAppraisalQueue(page, CYCLE);
    expect(await queuePhaseOf(page, UNIT)).toBe('Đã gửi kết quả');
    await openAppraisalSheet(page, UNIT);

    await explanationTextOf(page, '1.1', EXPLANATION);
    await browser.screenshot('appraisal-council');
    await expectAccessible(page);
    await resolveExplanation(page, '1.1', { points: '1', reason: 'Hội đồng chấp nhận giải trình', votes: { for: 5, against: 2, abstain: 0, members: 7 } });
    expect((await sheetRowOf(page, '1.1'))[5]).toBe('1,00');

    await finalizeAppraisal(page);
    await browser.screenshot('appraisal-finalized');
    await openAppraisalQueue(page, CYCLE);
    expect(await queuePhaseOf(page, UNIT)).toBe('Đã chốt');

    expect(browser.errors).toEqual([]);
  });
});

/** axe-core over the screen: no serious or critical violation. */
async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** A small open cycle (two departments), Sở Tư pháp's self-assessment scored with evidence and submitted, its appraisal started. */
async function openSmallCycle(api: DemoApi): Promise<void> {
  const admin = 'admin.sonoivu';
  const cycle = `/cycles/${CYCLE}`;
  await api.send('POST', '/cycles', admin, {
    cycleId: CYCLE,
    year: 2025,
    title: 'Thẩm định thử 2025',
    evaluator: 'ubnd-tinh-demo',
    thresholds: [
      { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
      { class: 'TOT', label: 'Tốt', minIndex: 80 },
      { class: 'KHA', label: 'Khá', minIndex: 65 },
      { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
      { class: 'YEU', label: 'Yếu', minIndex: 0 },
    ],
  });
  await api.send('POST', `${cycle}/criteria-sets`, admin, {
    criteriaSetId: 'set-departments',
    criteria: [
      {
        code: '1',
        title: 'Công tác chỉ đạo, điều hành CCHC',
        children: [
          { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: 1, method: { kind: 'manual', step: 0.25 }, source: 'self' },
          { code: '1.2', title: 'Báo cáo CCHC định kỳ', maxPoints: 1, method: { kind: 'allOrNothing' }, source: 'self' },
        ],
      },
    ],
  });
  await api.send('POST', `${cycle}/groups`, admin, { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' });
  await api.send('POST', `${cycle}/units`, admin, { unitId: 'so-tu-phap', name: UNIT, groupId: 'departments' });
  await api.send('POST', `${cycle}/units`, admin, { unitId: 'so-y-te', name: 'Sở Y tế', groupId: 'departments' });
  await api.send('POST', `${cycle}/deadlines`, admin, { selfAssessmentDue: '2099-12-31', explanationWindowDays: 5 });
  await api.send('POST', `${cycle}/open`, admin);

  const sheet = `${cycle}/units/so-tu-phap/self-assessment`;
  const evidence = [{ title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-STP', date: '2025-01-15', section: 'mục II.1' }];
  await api.send('PUT', `${sheet}/scores/1.1`, 'reporter.sotuphap', { points: '1.00', evidence, note: 'Ban hành kèm Quyết định 45/QĐ-STP' });
  await api.send('PUT', `${sheet}/scores/1.2`, 'reporter.sotuphap', { points: '1.00', evidence: [{ title: 'Báo cáo CCHC quý IV', documentNo: '88/BC-STP' }] });
  await api.send('POST', `${sheet}/submit`, 'head.sotuphap');

  const deadline = Date.now() + 30_000;
  for (;;) {
    const queue = (await api.get(`${cycle}/appraisals`, 'appraiser.sonoivu')) as { units: { unitId: string; phase: string }[] };
    if (queue.units.find((unit) => unit.unitId === 'so-tu-phap')?.phase === 'appraising') return;
    if (Date.now() > deadline) throw new Error(`the appraisal of so-tu-phap did not start: ${JSON.stringify(queue)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
