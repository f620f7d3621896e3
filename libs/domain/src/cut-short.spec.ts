import { cutShort } from './cut-short';

describe('cutShort: a received text as a message shows it', () => {
  it('keeps a short text whole', () => expect(cutShort('Sở Tư pháp', 80)).toBe('Sở Tư pháp'));

  it('cuts a long one and marks the cut', () => expect(cutShort('9'.repeat(100_000), 10)).toBe(`${'9'.repeat(10)}…`));

  it('never ends on half of a surrogate pair', () => {
    const cut = cutShort(`${'a'.repeat(9)}😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(9)}…`);
    expect(cut.slice(0, -1)).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
