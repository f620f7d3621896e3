import { CoalescedReads } from './coalesced-reads';

/** A call the test settles by hand. */
function manualCall<T>() {
  const calls: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const call = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { call, calls };
}

describe('identical reads share one call, never one that started before them', () => {
  it('fifty readers arriving while a call runs share the next call: two calls in all', async () => {
    const reads = new CoalescedReads();
    const { call, calls } = manualCall<string>();
    const first = reads.read('results:demo-2025', call);
    const later = Array.from({ length: 50 }, () => reads.read('results:demo-2025', call));
    expect(calls).toHaveLength(1);
    calls[0].resolve('before the write');
    expect(await first).toBe('before the write');
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    calls[1].resolve('after the write');
    expect(new Set(await Promise.all(later))).toEqual(new Set(['after the write']));
  });

  it('different keys never share', async () => {
    const reads = new CoalescedReads();
    const { call, calls } = manualCall<string>();
    const a = reads.read('audit:so-a:reader-a', call);
    const b = reads.read('audit:so-a:reader-b', call);
    expect(calls).toHaveLength(2);
    calls[0].resolve('a');
    calls[1].resolve('b');
    expect([await a, await b]).toEqual(['a', 'b']);
  });

  it('a failure reaches exactly the readers of that call; the next readers get a fresh call', async () => {
    const reads = new CoalescedReads();
    const { call, calls } = manualCall<string>();
    const failing = reads.read('k', call);
    const joined = reads.read('k', call);
    calls[0].reject(new Error('CYCLE_NOT_FOUND'));
    await expect(failing).rejects.toThrow('CYCLE_NOT_FOUND');
    await Promise.resolve();
    calls[1].resolve('ok');
    expect(await joined).toBe('ok');
    const fresh = reads.read('k', call);
    await Promise.resolve();
    calls[2].resolve('again');
    expect(await fresh).toBe('again');
  });
});
