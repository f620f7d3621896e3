import { eventually, startSubmissions, SubmissionsHarness } from '../testing/submissions-harness';
import { admin, CYCLE, setupRequests, thresholds } from '../testing/small-cycle.fixture';

jest.setTimeout(60_000);

const createCycle = (cycleId: string, year: number) => ({
  actor: admin,
  cycleId,
  year,
  title: `Chỉ số CCHC năm ${year}`,
  evaluator: 'ubnd-tinh-demo',
  thresholds,
});

describe('ListCycles: every cycle of the province, for the pickers of the web UI', () => {
  let service: SubmissionsHarness;

  beforeAll(async () => {
    service = await startSubmissions('submissions_list_cycles');
  });
  afterAll(async () => {
    await service?.close();
  });

  it('none before the first cycle is created', async () => {
    expect(await service.call('ListCycles', {})).toEqual({ cycles: [] });
  });

  it('latest year first, then by id, each with its year, title and status', async () => {
    for (const [method, request] of setupRequests()) await service.call(method, request);
    await service.call('CreateCycle', createCycle('cchc-2023', 2023));
    await service.call('CreateCycle', createCycle('a-cchc-2025', 2025));

    const listed = await eventually(async () => {
      const reply = await service.call('ListCycles', {});
      expect(reply.cycles).toHaveLength(3);
      expect(reply.cycles.find((cycle: { cycleId: string }) => cycle.cycleId === CYCLE).status).toBe('open');
      return reply;
    });
    expect(listed.cycles).toEqual([
      { cycleId: 'a-cchc-2025', year: 2025, title: 'Chỉ số CCHC năm 2025', status: 'setup' },
      { cycleId: CYCLE, year: 2025, title: 'Chỉ số CCHC năm 2025', status: 'open' },
      { cycleId: 'cchc-2023', year: 2023, title: 'Chỉ số CCHC năm 2023', status: 'setup' },
    ]);
  });
});
