// Creates the services' event topics (par.<service>.events.v1) if absent: a consumer started before the
// first relay publishes would otherwise fail on an unknown topic (the broker does not auto-create).
const { Kafka, logLevel } = require('kafkajs');

async function main() {
  const kafka = new Kafka({ clientId: 'par-distributed-setup', brokers: process.env.KAFKA_BROKERS.split(','), logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = ['submissions', 'appraisal', 'survey'].map((service) => `par.${service}.events.v1`).filter((topic) => !existing.has(topic));
    if (wanted.length) await admin.createTopics({ topics: wanted.map((topic) => ({ topic, numPartitions: 3, replicationFactor: 1 })), waitForLeaders: true });
    console.log(`kafka: topics ready${wanted.length ? ` (created ${wanted.join(', ')})` : ''}`);
  } finally {
    await admin.disconnect();
  }
}

main().catch((error) => {
  console.error(`kafka: ${error.message}`);
  process.exit(1);
});
