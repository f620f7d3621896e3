import { given, type DeciderUnderTest } from './given-when-then';

type Counted = { type: 'Counted'; by: number };
class CounterError extends Error {
  constructor(readonly code: 'TOO_MANY') {
    super(code);
  }
}
const counter: DeciderUnderTest<{ add: number }, Counted, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.by,
  decide: ({ add }, total) => {
    if (total + add > 3) throw new CounterError('TOO_MANY');
    return [{ type: 'Counted', by: add }];
  },
};

describe('given / when / then for deciders', () => {
  it('passes when the decided events match', () => given(counter, { type: 'Counted', by: 1 }).when({ add: 2 }).then({ type: 'Counted', by: 2 }));
  it('passes when the command is rejected with the code', () => given(counter, { type: 'Counted', by: 3 }).when({ add: 1 }).thenRejects('TOO_MANY'));
  it('fails when a rejection was expected but events were decided', () =>
    expect(() => given(counter).when({ add: 1 }).thenRejects('TOO_MANY')).toThrow(/expected the command to be rejected with TOO_MANY/));
});
