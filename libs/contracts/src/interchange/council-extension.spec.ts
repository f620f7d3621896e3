import { parseCycleFile } from './parse-cycle-file';
import { writeCycleFile } from './write-cycle-file';
import { draftOf } from './worked-example.fixture';

describe('extension: the council chair and its vote on an explanation (optional fields of v1)', () => {
  it('reads and writes them, so an export keeps who decided and by how many votes', () => {
    const draft = draftOf();
    draft.appraisals[0].councilChair = 'pham.van.d';
    draft.appraisals[0].explanations[0].votes = { for: 5, against: 1, abstain: 1, members: 7 };

    const parsed = parseCycleFile(draft);
    if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
    const written = JSON.parse(writeCycleFile(parsed.value));

    expect(written.appraisals[0].councilChair).toBe('pham.van.d');
    expect(written.appraisals[0].explanations[0].votes).toEqual({ for: 5, against: 1, abstain: 1, members: 7 });
  });

  it('names a vote that is not a whole number', () => {
    const draft = draftOf();
    draft.appraisals[0].explanations[0].votes = { for: 4.5, against: 2, abstain: 0, members: 7 };
    const parsed = parseCycleFile(draft);
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.field)).toEqual(['appraisals[unit=so-x].explanations[7.3].votes.for']);
  });

  it('a file without them is written as before', () => {
    const parsed = parseCycleFile(draftOf());
    if (!parsed.ok) throw new Error('the worked example parses');
    expect(writeCycleFile(parsed.value)).not.toMatch(/councilChair|votes/);
  });
});
