import { Kafka, Partitioners, Producer } from 'kafkajs';
import type { MessagePublisher, OutgoingMessage } from '../port/message-publisher';

/**
 * MessagePublisher on a kafkajs idempotent producer: acks from all in-sync replicas, one request in
 * flight, so the broker drops the producer's own retries and a partition's order is the send order.
 */
export class KafkaPublisher implements MessagePublisher {
  private producer: Promise<Producer> | null = null;

  constructor(private readonly kafka: Kafka) {}

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connected();
    try {
      await producer.send({
        topic,
        acks: -1,
        messages: messages.map(({ key, value, headers }) => ({ key, value, headers })),
      });
    } catch (error) {
      // After a failed send the producer's sequence numbers may be ahead of what the broker holds, and
      // later sends would fail on OUT_OF_ORDER_SEQUENCE_NUMBER: start over with a fresh producer id.
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const connecting = this.producer;
    this.producer = null;
    const producer = await connecting?.catch(() => null);
    // A producer being discarded after a failure may not disconnect cleanly; that must not mask the failure.
    await producer?.disconnect().catch(() => undefined);
  }

  private connected(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        // murmur2 on the key, as the Java client does: other clients place a stream's events alike.
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      const connecting = producer.connect().then(() => producer);
      this.producer = connecting;
      connecting.catch(() => {
        if (this.producer === connecting) this.producer = null;
      });
    }
    return this.producer;
  }
}
