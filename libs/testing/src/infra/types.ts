/** One resolved piece of test infrastructure: where it is, where it came from, and how to undo what we did. */
export interface ResolvedPostgres {
  /** Admin connection URL on the resolved server; test databases are created next to its database. */
  url: string;
  /** Human-readable origin, e.g. "local server 127.0.0.1:5432". */
  source: string;
  /** Present only when this run started something (a container) that must be stopped afterwards. */
  stop?: () => Promise<void>;
}

export interface ResolvedKafka {
  /** Comma-separated bootstrap brokers, the format of KAFKA_BROKERS. */
  brokers: string;
  source: string;
  stop?: () => Promise<void>;
}
