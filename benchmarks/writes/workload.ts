import Decimal from 'decimal.js';
import { APPRAISAL_CYCLE, type BenchProvince, type BenchUnit, SELF_CYCLE, type WritableLeaf } from './bench-cycles';

export type CommandKind = 'appraisal' | 'self';

/** One HTTP command: the token says who sends it (the appraiser, or the unit's reporter). */
export interface CommandRequest {
  readonly method: 'PUT';
  readonly path: string;
  readonly body: object;
  readonly unitId: string;
  /** The (unit, leaf) it writes. */
  readonly key: string;
}

interface Pair {
  readonly unit: BenchUnit;
  readonly leaf: WritableLeaf;
  /** Two values on the leaf's step, both unlike its starting value: alternating them changes the leaf every time. */
  readonly values: readonly [string, string];
}

/**
 * What the writers send, leaf by leaf: every command sets a leaf to a value other than the one it holds, so
 * every accepted command records exactly one event. Each (unit, leaf) has one writer at a time, so a
 * writer knows the value it last set; writers meet on a unit only when there are more writers than units.
 */
export class Workload {
  private readonly written = new Map<string, number>();

  constructor(
    private readonly province: BenchProvince,
    readonly kind: CommandKind,
  ) {}

  /** Each writer's sequence of commands, endless: writer w takes units w, w+W, … or, with more writers than units, a share of one unit's leaves. */
  writers(count: number): (() => CommandRequest)[] {
    return Array.from({ length: count }, (_, writer) => {
      const pairs = this.pairsOf(writer, count);
      let next = 0;
      return () => this.commandFor(pairs[next++ % pairs.length]);
    });
  }

  /** The command was recorded: the leaf now holds the value it set, and the next takes the other. */
  recorded(request: CommandRequest): void {
    this.written.set(request.key, (this.written.get(request.key) ?? 0) + 1);
  }

  private pairsOf(writer: number, writers: number): Pair[] {
    const { units } = this.province;
    if (writers <= units.length) {
      const owned = units.filter((_, index) => index % writers === writer);
      return interleave(owned.map((unit) => this.leavesOf(unit).map((leaf) => this.pair(unit, leaf))));
    }
    const unit = units[writer % units.length];
    const sharers = Math.floor((writers - 1 - (writer % units.length)) / units.length) + 1;
    const slot = Math.floor(writer / units.length);
    return this.leavesOf(unit)
      .filter((_, index) => index % sharers === slot)
      .map((leaf) => this.pair(unit, leaf));
  }

  private leavesOf(unit: BenchUnit): readonly WritableLeaf[] {
    return this.province.leaves.get(unit.group) ?? [];
  }

  private pair(unit: BenchUnit, leaf: WritableLeaf): Pair {
    // An appraisal starts at the self value, and a leaf the unit did not score at 0.
    const start = this.kind === 'appraisal' ? (unit.selfPoints.get(leaf.code) ?? '0') : undefined;
    const step = new Decimal(leaf.step);
    const candidates = [0, 1, 2].map((times) => step.times(times).toFixed(2)).filter((value) => start === undefined || !new Decimal(start).eq(value));
    return { unit, leaf, values: [candidates[0], candidates[1]] };
  }

  private commandFor({ unit, leaf, values }: Pair): CommandRequest {
    const key = `${unit.id}/${leaf.code}`;
    const points = values[(this.written.get(key) ?? 0) % 2];
    if (this.kind === 'appraisal') {
      const path = `/api/v1/cycles/${APPRAISAL_CYCLE}/units/${unit.id}/appraisal/scores/${leaf.code}`;
      return { method: 'PUT', path, body: { points, reason: 'Đối chiếu lại tài liệu kiểm chứng (benchmark)' }, unitId: unit.id, key };
    }
    const path = `/api/v1/cycles/${SELF_CYCLE}/units/${unit.id}/self-assessment/scores/${leaf.code}`;
    const evidence = [{ title: `Báo cáo kết quả tiêu chí ${leaf.code}`, documentNo: `${leaf.code}/BC`, date: '2025-11-10' }];
    return { method: 'PUT', path, body: { points, note: 'Đơn vị tự chấm (benchmark)', evidence }, unitId: unit.id, key };
  }
}

/** Leaf-major order across a writer's units, so its consecutive commands go to different streams. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const out: T[] = [];
  for (let index = 0; index < longest; index++) for (const list of lists) if (index < list.length) out.push(list[index]);
  return out;
}
