import { signInAs } from './support/sign-in';
import {
  appraiseLeaf,
  explanationTextOf,
  finalizeAppraisal,
  openAppraisalQueue,
  openAppraisalSheet,
  resolveExplanation,
  sendResult,
} from './steps/appraisal.steps';
import { leafChain, openUnitAudit } from './steps/audit.steps';
import { publishDecision } from './steps/results.steps';
import { adjustedRowOf, fileExplanation, openAppraisalResult, openSelfAssessment, scoreLeaf, submitSelfAssessment } from './steps/self-assessment.steps';
import { launchBrowser, chromiumAvailable, type Browser } from './support/browser';
import { startDemoPlatform, type DemoPlatform } from './support/demo-platform';
import { demoApiOf, openSmallCycle } from './support/small-cycle';

// A whole cycle through the UI, each step by the role that takes it (issue 9): Sở Tư pháp's reporter scores and its
// head submits, the appraiser lowers a leaf with a reason and sends the result, the unit explains, the council chair
// restores the points with the vote and finalizes, the province admin publishes; then the results and the history
// show it. Only the cycle's setup goes through the API (the setup screen has its own test).
jest.setTimeout(600_000);

const CYCLE = 'web-ca-chu-ky-2025';
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

describeInBrowser('a cycle run through the web UI by every role', () => {
  let platform: DemoPlatform;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startDemoPlatform();
    await openSmallCycle(await demoApiOf(platform.origin), CYCLE, 'Chỉ số CCHC thử nghiệm 2025');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('the reporter scores 1.1 with its evidence, the head submits', async () => {
    const { page } = browser;
    await signInAs(page, platform.origin, 'reporter.sotuphap');
    await openSelfAssessment(page, platform.origin, CYCLE);
    await scoreLeaf(page, '1.1', '1,00', { title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-STP', date: '2025-01-15' });
    await signInAs(page, platform.origin, 'head.sotuphap');
    await openSelfAssessment(page, platform.origin, CYCLE);
    await submitSelfAssessment(page);
  });

  it('the appraiser lowers 1.1 with a reason and sends the result', async () => {
    const { page } = browser;
    await signInAs(page, platform.origin, 'appraiser.sonoivu');
    await openAppraisalQueue(page, CYCLE);
    await openAppraisalSheet(page, 'Sở Tư pháp');
    await appraiseLeaf(page, '1.1', '0,75', 'Kế hoạch ban hành muộn 5 ngày');
    await sendResult(page);
    await browser.screenshot('cycle-appraised');
  });

  it('the unit reads the cut with its reason and explains it', async () => {
    const { page } = browser;
    await signInAs(page, platform.origin, 'reporter.sotuphap');
    await openSelfAssessment(page, platform.origin, CYCLE);
    await openAppraisalResult(page);
    expect((await adjustedRowOf(page, '1.1')).slice(0, 4)).toEqual(['1.1 Kế hoạch CCHC năm', '1,00', '1,00 → 0,75', 'Kế hoạch ban hành muộn 5 ngày']);
    await fileExplanation(page, '1.1', 'Kế hoạch trình đúng hạn; ban hành chậm do lãnh đạo đi công tác', { title: 'Tờ trình 05/TTr-STP', date: '2025-01-05' });
  });

  it('the council chair restores the points with the vote and finalizes', async () => {
    const { page } = browser;
    await signInAs(page, platform.origin, 'chair.hoidong');
    await openAppraisalQueue(page, CYCLE);
    await openAppraisalSheet(page, 'Sở Tư pháp');
    await explanationTextOf(page, '1.1', 'Kế hoạch trình đúng hạn; ban hành chậm do lãnh đạo đi công tác');
    await resolveExplanation(page, '1.1', { points: '1,00', reason: 'Hội đồng chấp nhận giải trình', votes: { for: 6, against: 1, abstain: 0, members: 7 } });
    await finalizeAppraisal(page);
    await browser.screenshot('cycle-finalized');
  });

  it('the admin publishes the results; the table and the history show every step', async () => {
    const { page } = browser;
    await signInAs(page, platform.origin, 'admin.sonoivu');
    await page.goto(`${platform.origin}/cycles/${CYCLE}/results`);
    // 1.00 of the 6.50 points of the set: index 15,38.
    await page.getByRole('row').filter({ hasText: 'Sở Tư pháp' }).filter({ hasText: '15,38' }).first().waitFor();
    expect(await publishDecision(page, { number: '35/QĐ-UBND', date: '2026-01-27', signer: 'Chủ tịch UBND tỉnh' })).toEqual(
      expect.arrayContaining(['35/QĐ-UBND']),
    );
    await browser.screenshot('cycle-published');

    await openUnitAudit(page, CYCLE, 'Sở Tư pháp');
    const stages = (await leafChain(page, '1.1')).map((row) => [row[0], row[1]]);
    expect(stages).toEqual([
      [expect.stringMatching(/tự chấm/i), expect.stringContaining('1,00')],
      [expect.stringMatching(/thẩm định/i), expect.stringContaining('0,75')],
      [expect.stringMatching(/giải trình/i), expect.any(String)],
      [expect.stringMatching(/hội đồng/i), expect.stringContaining('1,00')],
    ]);
    await browser.screenshot('cycle-history');
    expect(browser.errors).toEqual([]);
  });
});
