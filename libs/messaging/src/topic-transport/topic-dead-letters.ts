import { DEAD_LETTER_HEADERS, deadLetterTopic } from '@par/contracts';
import type { DeadLetter, DeadLetterSink } from '../consumer/dead-letter';
import type { MessagePublisher } from '../port/message-publisher';

/**
 * Sends dead letters to `<topic>.dlq`: the original key, value and headers, plus headers saying what
 * failed, in which consumer, and where the message sat — enough to inspect it and to replay it.
 */
export class TopicDeadLetters implements DeadLetterSink {
  constructor(private readonly publisher: MessagePublisher) {}

  async send(letter: DeadLetter): Promise<void> {
    await this.publisher.publish(deadLetterTopic(letter.topic), [
      {
        key: letter.key,
        value: letter.value,
        headers: {
          ...letter.headers,
          [DEAD_LETTER_HEADERS.error]: letter.error,
          [DEAD_LETTER_HEADERS.consumer]: letter.consumer,
          [DEAD_LETTER_HEADERS.topic]: letter.topic,
          [DEAD_LETTER_HEADERS.partition]: String(letter.partition ?? ''),
          [DEAD_LETTER_HEADERS.offset]: letter.offset ?? '',
          [DEAD_LETTER_HEADERS.attempts]: String(letter.attempts),
          [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
        },
      },
    ]);
  }
}
