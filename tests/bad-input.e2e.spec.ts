import { streamId } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { randomBytes } from 'node:crypto';
import { RendezvousEventStore } from '@par/appraisal/testing';
import { eventually, Platform, startPlatform } from './support/platform';
import { admin, appraiser, chair, cyclePaths, decision, headOf, reporterOf, scoreBody, selfScores, setupRequests } from './support/small-province.scenario';

jest.setTimeout(60_000);

// Embedded mode (the services in process, fed from each other's logs): what is tested here is what the
// gateway and each service refuse, and that a refusal writes nothing to any log.

const CYCLE = `tinh-bad-${randomBytes(3).toString('hex')}`;
const paths = cyclePaths(CYCLE);
const SUBMITTED = 'so-tu-phap';
const DRAFTING = 'so-y-te';

/** Every stream a refused command could have touched, by service. */
const STREAMS = [
  ['submissions', streamId('cycle', CYCLE)],
  ['submissions', streamId('self-assessment', CYCLE, SUBMITTED)],
  ['submissions', streamId('self-assessment', CYCLE, DRAFTING)],
  ['appraisal', streamId('appraisal', CYCLE, SUBMITTED)],
  ['ranking', streamId('decision', CYCLE)],
] as const;

/** When the appraisal's phase forbids a command, the refusal names the phase. */
const PHASE = 'phase';

type Case = [what: string, method: string, path: string, as: Parameters<Platform['request']>[2], status: number, code: string, field: string];

const score = (unitId: string, criterion: string) => `${paths.sheet(unitId)}/scores/${criterion}`;
const appraise = (criterion: string) => `${paths.appraisal(SUBMITTED)}/scores/${criterion}`;
const appraiserOfTheUnit = { sub: 'le.van.stp', role: 'APPRAISER' as const, unitId: SUBMITTED };

const CASES: Case[] = [
  // setting up (PROVINCE_ADMIN → submissions)
  [
    'set-up: a group after opening (wrong state)',
    'POST',
    `${paths.cycle}/groups`,
    { as: admin, body: { groupId: 'khac', name: 'Khác', criteriaSetId: 'set-districts' } },
    409,
    'CYCLE_NOT_IN_SETUP',
    'cycleId',
  ],
  [
    'set-up: a unit in a group the cycle lacks',
    'POST',
    `${paths.cycle}/units`,
    { as: admin, body: { unitId: 'so-moi', name: 'Sở Mới', groupId: 'khong-co' } },
    422,
    'GROUP_UNKNOWN',
    'groupId',
  ],
  [
    'set-up: applicability of an unknown criterion',
    'POST',
    `${paths.cycle}/applicability`,
    { as: admin, body: { unitId: DRAFTING, criterion: '9.9', applicable: false, reason: 'x' } },
    422,
    'CRITERION_UNKNOWN',
    'criterion',
  ],
  ['set-up: by a unit head (wrong role)', 'POST', `${paths.cycle}/close`, { as: headOf(DRAFTING) }, 403, 'ROLE_NOT_ALLOWED', 'roles'],
  // self-assessment (unit roles → submissions)
  [
    'score: above the leaf’s max (out of range)',
    'PUT',
    score(DRAFTING, '1.1'),
    { as: reporterOf(DRAFTING), body: scoreBody(DRAFTING, '1.1', '1.25') },
    422,
    'SCORE_ABOVE_MAX',
    'points',
  ],
  [
    'score: negative (out of range)',
    'PUT',
    score(DRAFTING, '2.1'),
    { as: reporterOf(DRAFTING), body: scoreBody(DRAFTING, '2.1', '-0.5') },
    422,
    'SCORE_BELOW_ZERO',
    'points',
  ],
  [
    'score: off the leaf’s step',
    'PUT',
    score(DRAFTING, '1.1'),
    { as: reporterOf(DRAFTING), body: scoreBody(DRAFTING, '1.1', '0.30') },
    422,
    'SCORE_OFF_STEP',
    'points',
  ],
  [
    'score: not a band’s points',
    'PUT',
    score(DRAFTING, '1.2'),
    { as: reporterOf(DRAFTING), body: scoreBody(DRAFTING, '1.2', '1.5') },
    422,
    'SCORE_NOT_A_BAND',
    'points',
  ],
  [
    'score: an unknown criterion',
    'PUT',
    score(DRAFTING, '9.9'),
    { as: reporterOf(DRAFTING), body: scoreBody(DRAFTING, '9.9', '1') },
    422,
    'CRITERION_UNKNOWN',
    'criterion',
  ],
  [
    'score: another unit’s sheet (wrong unit)',
    'PUT',
    score(DRAFTING, '1.1'),
    { as: reporterOf(SUBMITTED), body: scoreBody(DRAFTING, '1.1', '1') },
    403,
    'WRONG_UNIT',
    'unitId',
  ],
  [
    'score: by an appraiser (wrong role)',
    'PUT',
    score(DRAFTING, '1.1'),
    { as: appraiser, body: scoreBody(DRAFTING, '1.1', '1') },
    403,
    'ROLE_NOT_ALLOWED',
    'roles',
  ],
  [
    'score: a submitted sheet (wrong state)',
    'PUT',
    score(SUBMITTED, '1.1'),
    { as: reporterOf(SUBMITTED), body: scoreBody(SUBMITTED, '1.1', '0.75') },
    409,
    'SELF_ASSESSMENT_LOCKED',
    'unitId',
  ],
  ['submit: by a reporter (wrong role)', 'POST', `${paths.sheet(DRAFTING)}/submit`, { as: reporterOf(DRAFTING) }, 403, 'ROLE_NOT_ALLOWED', 'roles'],
  ['submit: another unit (wrong unit)', 'POST', `${paths.sheet(DRAFTING)}/submit`, { as: headOf(SUBMITTED) }, 403, 'WRONG_UNIT', 'unitId'],
  ['reopen: without a reason', 'POST', `${paths.sheet(SUBMITTED)}/reopen`, { as: admin, body: {} }, 422, 'FIELD_REQUIRED', 'reason'],
  // appraisal (APPRAISER, unit roles, COUNCIL_CHAIR → appraisal)
  [
    'appraise: above the leaf’s max (out of range)',
    'PUT',
    appraise('1.1'),
    { as: appraiser, body: { points: '1.5', reason: 'x' } },
    422,
    'SCORE_ABOVE_MAX',
    'points',
  ],
  ['appraise: off the leaf’s step', 'PUT', appraise('1.1'), { as: appraiser, body: { points: '0.6', reason: 'x' } }, 422, 'SCORE_OFF_STEP', 'points'],
  ['appraise: an unknown criterion', 'PUT', appraise('9.9'), { as: appraiser, body: { points: '1', reason: 'x' } }, 422, 'CRITERION_UNKNOWN', 'criterion'],
  ['appraise: a change without a reason', 'PUT', appraise('1.1'), { as: appraiser, body: { points: '0.5' } }, 422, 'REASON_REQUIRED', 'reason'],
  [
    'appraise: by an appraiser of the unit (wrong unit)',
    'PUT',
    appraise('1.1'),
    { as: appraiserOfTheUnit, body: { points: '0.5', reason: 'x' } },
    403,
    'APPRAISER_OWN_UNIT',
    'unitId',
  ],
  [
    'appraise: by the unit head (wrong role)',
    'PUT',
    appraise('1.1'),
    { as: headOf(SUBMITTED), body: { points: '1', reason: 'x' } },
    403,
    'ROLE_NOT_ALLOWED',
    'roles',
  ],
  [
    'deduction: negative points (out of range)',
    'POST',
    `${paths.appraisal(SUBMITTED)}/deductions`,
    { as: appraiser, body: { points: '-0.5', reason: 'x' } },
    422,
    'POINTS_NEGATIVE',
    'points',
  ],
  [
    'send: a window of 0 days (out of range)',
    'POST',
    `${paths.appraisal(SUBMITTED)}/send`,
    { as: appraiser, body: { explanationWindowDays: 0 } },
    422,
    'FIELD_INVALID',
    'explanationWindowDays',
  ],
  [
    'explanation: before the result is sent (wrong state)',
    'POST',
    `${paths.appraisal(SUBMITTED)}/explanations`,
    { as: reporterOf(SUBMITTED), body: { criterion: '1.1', text: 'Giải trình' } },
    409,
    'RESULT_NOT_SENT',
    PHASE,
  ],
  [
    'explanation: for another unit (wrong unit)',
    'POST',
    `${paths.appraisal(SUBMITTED)}/explanations`,
    { as: reporterOf(DRAFTING), body: { criterion: '1.1', text: 'Giải trình' } },
    403,
    'WRONG_UNIT',
    'unitId',
  ],
  [
    'resolution: by an appraiser (wrong role)',
    'POST',
    `${paths.appraisal(SUBMITTED)}/explanations/1.1/resolution`,
    { as: appraiser, body: { decision: 'upheld', reason: 'x', votes: { for: 4, against: 3, abstain: 0, members: 7 } } },
    403,
    'ROLE_NOT_ALLOWED',
    'roles',
  ],
  ['finalize: while appraising (wrong state)', 'POST', `${paths.appraisal(SUBMITTED)}/finalize`, { as: chair }, 409, 'RESULT_NOT_SENT', PHASE],
  [
    'correction: before finalization (wrong state)',
    'POST',
    `${appraise('1.1')}/corrections`,
    { as: admin, body: { points: '0.75', reason: 'Đính chính' } },
    409,
    'APPRAISAL_NOT_FINALIZED',
    PHASE,
  ],
  // the decision (PROVINCE_ADMIN → ranking)
  ['publish: by the council chair (wrong role)', 'POST', `${paths.cycle}/decisions`, { as: chair, body: decision }, 403, 'ROLE_NOT_ALLOWED', 'roles'],
  [
    'publish: a date that is no date',
    'POST',
    `${paths.cycle}/decisions`,
    { as: admin, body: { ...decision, date: '2026-13-45' } },
    422,
    'FIELD_INVALID',
    'date',
  ],
  [
    'correct: nothing published yet (wrong state)',
    'POST',
    `${paths.cycle}/decisions/corrections`,
    { as: admin, body: { reason: 'Sai sót số liệu' } },
    404,
    'DECISION_NOT_FOUND',
    'cycleId',
  ],
];

describe('over HTTP, every command kind refuses bad input with a problem naming the field, and writes nothing', () => {
  let platform: Platform;
  let appraisalLog: RendezvousEventStore;

  const counts = () => Promise.all(STREAMS.map(async ([service, streamId]) => (await platform.stream(service, streamId)).length));

  beforeAll(async () => {
    platform = await startPlatform('e2e_bad_input', 'embedded', {
      appraisalStore: (store: PostgresEventStore) => (appraisalLog = new RendezvousEventStore(store)),
    });
    for (const [method, path, body] of setupRequests(CYCLE)) await platform.request(method, path, { as: admin, body });
    for (const [criterion, points] of selfScores[SUBMITTED])
      await platform.request('PUT', score(SUBMITTED, criterion), { as: reporterOf(SUBMITTED), body: scoreBody(SUBMITTED, criterion, points) });
    expect((await platform.request('POST', `${paths.sheet(SUBMITTED)}/submit`, { as: headOf(SUBMITTED) })).status).toBe(200);
    await eventually(async () => expect((await platform.request('GET', paths.appraisal(SUBMITTED), { as: appraiser })).status).toBe(200));
  });
  afterAll(async () => {
    await platform?.close();
  });

  it.each(CASES)('%s: %s %s → problem', async (_what, method, path, options, status, code, field) => {
    const before = await counts();
    const reply = await platform.request(method, path, options);
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect({ status: reply.status, code: reply.body.code, field: reply.body.field }).toEqual({ status, code, field });
    expect(reply.body).toEqual(
      expect.objectContaining({
        status,
        type: `urn:par:problem:${code.toLowerCase().replace(/_/g, '-')}`,
        title: expect.any(String),
        detail: expect.any(String),
      }),
    );
    expect(await counts()).toEqual(before);
  });

  it('two appraisers change the same leaf at once: one wins, the other gets 409, nothing is lost', async () => {
    const stream = streamId('appraisal', CYCLE, SUBMITTED);
    const before = await platform.stream('appraisal', stream);
    const second = { sub: 'vo.thi.thamdinh', role: 'APPRAISER' as const, unitId: 'so-noi-vu' };
    // Both commands read the stream at the same version before either appends.
    appraisalLog.meetAtNextReads(2);
    const replies = await Promise.all([
      platform.request('PUT', appraise('2.1'), { as: appraiser, body: { points: '1.5', reason: 'Một văn bản chậm ban hành' } }),
      platform.request('PUT', appraise('2.1'), { as: second, body: { points: '1.0', reason: 'Hai văn bản chậm ban hành' } }),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    const loser = replies.find((reply) => reply.status === 409)!;
    expect(loser.contentType).toMatch(/^application\/problem\+json/);
    expect(loser.body).toEqual(expect.objectContaining({ status: 409, code: 'WRONG_EXPECTED_VERSION' }));
    const winner = replies.findIndex((reply) => reply.status === 200);
    const after = await platform.stream('appraisal', stream);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((event) => [event.type, (event.data as { points: string }).points, event.metadata.actor])).toEqual([
      ['CriterionAppraised', winner === 0 ? '1.50' : '1.00', winner === 0 ? appraiser.sub : second.sub],
    ]);
    // The loser retries on the new version, and is recorded too.
    const retried = await platform.request('PUT', appraise('2.1'), {
      as: winner === 0 ? second : appraiser,
      body: { points: '0.5', reason: 'Sau khi đối chiếu lại' },
    });
    expect(retried.status).toBe(200);
    expect(await platform.stream('appraisal', stream)).toHaveLength(before.length + 2);
  });
});
