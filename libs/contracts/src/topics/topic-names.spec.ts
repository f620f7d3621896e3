import { deadLetterTopic, eventsTopic } from '..';

describe('topic names', () => {
  it('names a service log topic and its dead-letter topic', () => {
    expect(eventsTopic('appraisal')).toBe('par.appraisal.events.v1');
    expect(deadLetterTopic(eventsTopic('appraisal'))).toBe('par.appraisal.events.v1.dlq');
  });

  it('refuses a service name that would make an ambiguous topic', () => {
    expect(() => eventsTopic('Appraisal.events')).toThrow(/lowercase/);
  });
});
