/**
 * What gets appended: realistic PAR-index events, and which writer appends what to which stream.
 *
 * Events are built on the fly, deterministically from (stream, version), instead of being held in
 * memory: 200,000 nested objects would cost ~200 MB and GC pauses in the timed loop. Building one
 * takes about a microsecond, the same for every store, against ~100 µs+ per database round trip.
 */

/** The store-neutral event each adapter maps to its own append shape. */
export interface BenchEvent {
  readonly type: string;
  readonly data: CriterionSelfAssessed;
  readonly metadata: BenchEventMetadata;
}

// Type aliases rather than interfaces: Emmett's Event<...> wants payloads assignable to
// Record<string, unknown>, which object type aliases are and interfaces are not.
export type CriterionSelfAssessed = {
  readonly unitId: string;
  readonly assessmentYear: number;
  readonly criterion: string;
  /** Decimal points as strings, as the domain keeps them (decimal.js), never floats. */
  readonly points: string;
  readonly maxPoints: string;
  readonly note: string;
  readonly evidence: readonly { readonly documentNo: string; readonly date: string }[];
};

export type BenchEventMetadata = {
  readonly actor: string;
  readonly role: string;
  readonly occurredAt: string;
  readonly correlationId: string;
};

const CRITERIA = ['1.1', '1.2', '2.1', '2.3', '3.1', '3.2', '4.2', '5.1', '6.3', '7.4'] as const;
const AGENCIES = ['STP', 'SNV', 'SKHĐT', 'STC', 'SYT', 'SGDĐT', 'SNNPTNT'] as const;
const BASE_TIME = Date.UTC(2025, 2, 1, 1, 30);

/** A stable uuid-shaped id per stream, so unitId looks like the real thing without a uuid library. */
function unitId(streamIndex: number): string {
  return `0191f0c4-7a2b-4c3d-8e5f-${streamIndex.toString(16).padStart(12, '0')}`;
}

/** The event at `version` (1-based) of stream `streamIndex`. */
export function makeEvent(streamIndex: number, version: number): BenchEvent {
  const criterion = CRITERIA[version % CRITERIA.length] ?? '3.2';
  const agency = AGENCIES[streamIndex % AGENCIES.length] ?? 'STP';
  const docNo = `${(version % 97) + 1}/KH-${agency}`;
  const day = (version % 28) + 1;
  const date = `2025-03-${String(day).padStart(2, '0')}`;
  const hundredths = (version * 37 + streamIndex) % 201; // 0.00 .. 2.00
  return {
    type: 'CriterionSelfAssessed',
    data: {
      unitId: unitId(streamIndex),
      assessmentYear: 2025,
      criterion,
      points: `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`,
      maxPoints: '2.00',
      note: `Đã ban hành kế hoạch ${docNo} ngày ${day}/03/2025 về cải cách hành chính năm 2025`,
      evidence: [
        { documentNo: docNo, date },
        { documentNo: `${(version % 53) + 1}/BC-${agency}`, date },
      ],
    },
    metadata: {
      actor: `canbo.${agency.toLowerCase()}.${streamIndex % 50}@hanoi.gov.vn`,
      role: 'UNIT_ASSESSOR',
      occurredAt: new Date(BASE_TIME + version * 60_000 + streamIndex * 1_000).toISOString(),
      correlationId: `${unitId(streamIndex)}:${version}`,
    },
  };
}

/** One append call of the plan: `events` new events to `streamIndex`, which is at `expectedVersion`. */
export interface PlannedAppend {
  readonly streamIndex: number;
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly count: number;
}

/** How many events stream `i` of `streams` receives so that the total is exactly `events`. */
export function eventsInStream(i: number, events: number, streams: number): number {
  return Math.floor(events / streams) + (i < events % streams ? 1 : 0);
}

/**
 * Which streams a round of a scenario writes: stream i belongs to round i mod `rounds`, so the rounds split
 * the scenario's streams (and events) evenly, and the stores can take turns round by round.
 */
export interface RoundOf {
  readonly round: number;
  readonly rounds: number;
}

/** How many events round `round` of a scenario appends. */
export function eventsInRound({ round, rounds }: RoundOf, events: number, streams: number): number {
  let total = 0;
  for (let i = round; i < streams; i += rounds) total += eventsInStream(i, events, streams);
  return total;
}

/**
 * The appends writer `writer` (of `writers`) performs in one round, in order.
 *
 * Writers own disjoint streams (within the round's streams, every `writers`-th one), so concurrent writers
 * never conflict and every expected version is exact. A writer visits its streams round-robin,
 * one batch each per pass, because that is how many aggregates interleave in production (and it
 * keeps many index pages hot at once rather than filling one stream at a time).
 */
export function* writerAppends(options: {
  readonly scenario: string;
  readonly writer: number;
  readonly writers: number;
  readonly batchSize: number;
  readonly events: number;
  readonly streams: number;
  readonly round?: RoundOf;
}): Generator<PlannedAppend> {
  const { scenario, writer, writers, batchSize, events, streams, round = { round: 0, rounds: 1 } } = options;
  const owned: { index: number; id: string; total: number; version: number }[] = [];
  for (let i = round.round + writer * round.rounds; i < streams; i += writers * round.rounds) {
    owned.push({ index: i, id: `assessment-${scenario}-${i}`, total: eventsInStream(i, events, streams), version: 0 });
  }
  let remaining = owned.length;
  while (remaining > 0) {
    for (const stream of owned) {
      if (stream.version >= stream.total) continue;
      const count = Math.min(batchSize, stream.total - stream.version);
      yield { streamIndex: stream.index, streamId: stream.id, expectedVersion: stream.version, count };
      stream.version += count;
      if (stream.version >= stream.total) remaining--;
    }
  }
}

/** The events of one planned append. */
export function eventsOf(append: PlannedAppend): BenchEvent[] {
  const events = new Array<BenchEvent>(append.count);
  for (let k = 0; k < append.count; k++) events[k] = makeEvent(append.streamIndex, append.expectedVersion + k + 1);
  return events;
}
