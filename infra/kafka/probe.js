// Readiness probe used by start.sh. "Ready" means what tests need, not merely an open port: metadata
// answers, the broker hands out producer ids (idempotent and transactional producers), and the group
// coordinators are loaded. On a fresh broker these come up seconds apart, and clients that arrive early
// get retriable errors that kafkajs logs at ERROR level — noise in every test run.
// Usage: node probe.js <host:port>  — exit 0 ready, 1 not (yet) ready, 2 kafkajs not installed.
let Kafka, logLevel;
try {
  ({ Kafka, logLevel } = require('kafkajs'));
} catch {
  process.exit(2);
}
const kafka = new Kafka({
  clientId: 'infra-kafka-probe',
  brokers: [process.argv[2] || '127.0.0.1:9092'],
  logLevel: logLevel.NOTHING,
  connectionTimeout: 1000,
  requestTimeout: 3000,
  retry: { retries: 0 },
});

async function probe() {
  const admin = kafka.admin();
  // kafkajs refuses idempotent producers without retries; one quick retry keeps a probe short.
  const retry = { retries: 1, initialRetryTime: 50 };
  const idempotent = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry });
  const transactional = kafka.producer({ transactionalId: 'infra-kafka-probe', idempotent: true, maxInFlightRequests: 1, retry });
  try {
    await admin.connect();
    await admin.listTopics();
    await idempotent.connect();
    await transactional.connect();
    // Distinct group ids land on different __consumer_offsets partitions (10 of them, see start.sh).
    await admin.describeGroups(Array.from({ length: 20 }, (_, i) => `infra-kafka-probe-${i}`));
  } finally {
    await Promise.allSettled([admin.disconnect(), idempotent.disconnect(), transactional.disconnect()]);
  }
}

probe().then(
  () => process.exit(0),
  () => process.exit(1),
);
