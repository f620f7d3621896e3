import { eventsTopic, streamId } from '@par/contracts';
import { ensureTopics } from '@par/messaging';
import { deleteTopics, kafkaBrokers, testKafka } from '@par/testing';
import { randomBytes } from 'node:crypto';
import type { Consumer } from 'kafkajs';
import { eventually, startSubmissions, SubmissionsHarness } from './testing/submissions-harness';
import { admin, CYCLE, thresholds } from './testing/small-cycle.fixture';

jest.setTimeout(60_000);

// Distributed mode: what the admin records reaches Kafka through the relay, keyed by stream, for the
// other services. A run-unique service name keeps the topic apart from other runs on the same broker.
const relayAs = `submissions-test-${randomBytes(4).toString('hex')}`;
const topic = eventsTopic(relayAs);

describe('submissions in distributed mode', () => {
  let service: SubmissionsHarness;
  let consumer: Consumer;
  const received: { key: string; type: string; cycleId: string }[] = [];

  beforeAll(async () => {
    const kafka = testKafka('submissions-test');
    await ensureTopics(kafka, [{ topic, partitions: 3 }]);
    service = await startSubmissions('submissions_kafka', { relayAs });
    consumer = kafka.consumer({ groupId: `${relayAs}.reader` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = JSON.parse(message.value!.toString());
        received.push({ key: message.key!.toString(), type: envelope.type, cycleId: envelope.data.cycleId });
      },
    });
  });
  afterAll(async () => {
    await consumer?.disconnect();
    await service?.close();
    await deleteTopics(kafkaBrokers(), [topic]).catch(() => undefined);
  });

  it('relays a created cycle to par.<service>.events.v1, keyed by its stream', async () => {
    await service.call('CreateCycle', { actor: admin, cycleId: CYCLE, year: 2025, title: 'Chỉ số CCHC năm 2025', evaluator: 'ubnd-tinh-demo', thresholds });
    await eventually(async () => expect(received).toEqual([{ key: streamId('cycle', CYCLE), type: 'CycleCreated', cycleId: CYCLE }]), 30_000);
  });
});
