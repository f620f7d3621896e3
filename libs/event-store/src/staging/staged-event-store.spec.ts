import { WrongExpectedVersionError } from '../errors';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { appraised, selfAssessed } from '../testing/par-events';
import { useTestDatabase } from '../testing/use-test-database';
import { StagedEventStore } from './staged-event-store';

const db = useTestDatabase();
const provenance = { provenance: { source: 'import', file: 'sha256:ab12' } };

describe('an import staged over the real logs, then committed in one transaction', () => {
  let submissions: PostgresEventStore;
  let appraisal: PostgresEventStore;
  beforeAll(async () => {
    const pool = db.pool();
    submissions = new PostgresEventStore(pool, 'staged_submissions');
    appraisal = new PostgresEventStore(pool, 'staged_appraisal');
    await submissions.migrate();
    await appraisal.migrate();
  });

  it('a staged score is read back in the stage with the provenance, and nothing reaches the store before the commit', async () => {
    await submissions.append('sheet:so-tu-phap', [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });
    const staged = new StagedEventStore(submissions, { metadata: provenance });

    await staged.append('sheet:so-tu-phap', [selfAssessed('1.2', '2.00')], { expectedVersion: 1 });
    await staged.append('sheet:so-tu-phap', [selfAssessed('1.3', '0.50')], { expectedVersion: 2 });

    expect((await staged.readStream('sheet:so-tu-phap')).map((event) => event.streamVersion)).toEqual([1, 2, 3]);
    expect((await staged.readStream('sheet:so-tu-phap', { fromVersion: 3 }))[0].metadata).toMatchObject(provenance);
    expect(await submissions.readStream('sheet:so-tu-phap')).toHaveLength(1);
    expect(staged.batches()).toEqual([{ streamId: 'sheet:so-tu-phap', expectedVersion: 1, events: [expect.any(Object), expect.any(Object)] }]);
  });

  it('a stale expected version is refused in the stage as the store would refuse it', async () => {
    const staged = new StagedEventStore(submissions);
    await expect(staged.append('sheet:so-y-te', [selfAssessed('1.1', '1.00')], { expectedVersion: 3 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
  });

  it('the commit writes both logs at once with the staged ids and metadata, and the chains verify', async () => {
    const stagedSubmissions = new StagedEventStore(submissions, { metadata: provenance });
    const stagedAppraisal = new StagedEventStore(appraisal, { metadata: provenance });
    await stagedSubmissions.append('sheet:so-xay-dung', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '2.00')], { expectedVersion: 0 });
    await stagedAppraisal.append('appraisal:so-xay-dung', [appraised('1.1', '0.75', 'Kế hoạch ban hành muộn')], { expectedVersion: 0 });
    const ids = [...stagedSubmissions.batches()[0].events, ...stagedAppraisal.batches()[0].events].map((event) => event.eventId);

    const written = await PostgresEventStore.commit([
      { store: submissions, batches: stagedSubmissions.batches() },
      { store: appraisal, batches: stagedAppraisal.batches() },
    ]);

    expect(written).toBe(3);
    const recorded = [...(await submissions.readStream('sheet:so-xay-dung')), ...(await appraisal.readStream('appraisal:so-xay-dung'))];
    expect(recorded.map((event) => event.eventId)).toEqual(ids);
    expect(recorded.every((event) => (event.metadata.provenance as { file: string }).file === 'sha256:ab12')).toBe(true);
    // One transaction: both logs' events carry the same transaction id.
    expect(new Set(recorded.map((event) => event.globalPosition.transactionId)).size).toBe(1);
    expect(await submissions.verify()).toMatchObject({ ok: true });
    expect(await appraisal.verify()).toMatchObject({ ok: true });
  });

  it('a writer who got in between makes the whole commit fail: neither log changes', async () => {
    const stagedSubmissions = new StagedEventStore(submissions);
    const stagedAppraisal = new StagedEventStore(appraisal);
    await stagedAppraisal.append('appraisal:so-cong-thuong', [appraised('2.1', '1.00', 'Đủ hồ sơ')], { expectedVersion: 0 });
    await stagedSubmissions.append('sheet:so-cong-thuong', [selfAssessed('2.1', '1.00')], { expectedVersion: 0 });
    await submissions.append('sheet:so-cong-thuong', [selfAssessed('2.1', '0.50')], { expectedVersion: 0 });

    await expect(
      PostgresEventStore.commit([
        { store: appraisal, batches: stagedAppraisal.batches() },
        { store: submissions, batches: stagedSubmissions.batches() },
      ]),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await appraisal.readStream('appraisal:so-cong-thuong')).toEqual([]);
    expect((await submissions.readStream('sheet:so-cong-thuong')).map((event) => event.data)).toEqual([{ criterion: '2.1', points: '0.50' }]);
  });

  it('readAll gives the staged events only, in the order staged, for a reactor inside the unit of work', async () => {
    const staged = new StagedEventStore(submissions);
    await staged.append('sheet:so-a', [selfAssessed('1.1', '1.00')], { expectedVersion: 0 });
    await staged.append('sheet:so-b', [selfAssessed('1.1', '0.50')], { expectedVersion: 0 });
    const all = await staged.readAll();
    expect(all.map((event) => event.streamId)).toEqual(['sheet:so-a', 'sheet:so-b']);
    expect((await staged.readAll({ after: all[0].globalPosition })).map((event) => event.streamId)).toEqual(['sheet:so-b']);
  });
});
