import { InvalidSurveyEventError } from '../events/invalid-survey-event.error';
import { parsePublishedIndexEvent, PublishedIndexEventTypes } from '.';

const recorded = {
  kind: 'PAPI',
  province: 'an-binh',
  year: 2023,
  revision: 1,
  source: { title: 'Báo cáo PAPI 2023', publishedOn: '2024-04-16' },
  dimensions: [{ code: 'D2', title: 'Công khai, minh bạch', score: '5.4135', max: '10.0000', subDimensions: [] }],
  total: '5.4135',
  maxTotal: '10.0000',
};

function rejection(type: string, schemaVersion: number, data: unknown): InvalidSurveyEventError {
  try {
    parsePublishedIndexEvent(type, schemaVersion, data);
  } catch (error) {
    if (error instanceof InvalidSurveyEventError) return error;
    throw error;
  }
  throw new Error('expected the event to be rejected');
}

describe('parsePublishedIndexEvent', () => {
  it('returns the typed PublishedIndexRecorded, a correction with its reason', () => {
    expect(parsePublishedIndexEvent('PublishedIndexRecorded', 1, recorded)).toEqual({ type: 'PublishedIndexRecorded', schemaVersion: 1, data: recorded });
    const correction = { ...recorded, revision: 2, reason: 'UNDP đính chính số liệu ngày 20/5/2024' };
    expect(parsePublishedIndexEvent('PublishedIndexRecorded', 1, correction).data.reason).toBe(correction.reason);
  });

  it.each<[string, string, number, unknown, string]>([
    ['an unknown type', 'CampaignOpened', 1, recorded, 'type'],
    ['a schema version it does not know', 'PublishedIndexRecorded', 2, recorded, 'schemaVersion'],
    ['a correction without reason', 'PublishedIndexRecorded', 1, { ...recorded, revision: 2 }, 'data.reason'],
    ['a figure without 4 places', 'PublishedIndexRecorded', 1, { ...recorded, total: '5.41' }, 'data.total'],
    ['a kind it does not know', 'PublishedIndexRecorded', 1, { ...recorded, kind: 'PCI' }, 'data.kind'],
    ['revision 0', 'PublishedIndexRecorded', 1, { ...recorded, revision: 0 }, 'data.revision'],
  ])('rejects %s and names the field', (_case, type, schemaVersion, data, field) => {
    expect(rejection(type, schemaVersion, data).field).toBe(field);
  });

  it('has one type name per constant', () => expect(PublishedIndexEventTypes).toEqual({ PublishedIndexRecorded: 'PublishedIndexRecorded' }));
});
