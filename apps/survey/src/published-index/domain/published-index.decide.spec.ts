import { parsePublishedIndexFile, type PublishedIndexEvent, type PublishedIndexFile } from '@par/contracts';
import { given } from '@par/testing';
import { admin, papiFile, papiFileWith, reporter } from '../testing/papi.fixtures';
import { publishedIndexDecider } from './published-index.decide';
import type { RecordPublishedIndex } from './published-index.commands';

function file(json: unknown): PublishedIndexFile {
  const parsed = parsePublishedIndexFile(json);
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  return parsed.value;
}

const record = (json: unknown, change: Partial<RecordPublishedIndex> = {}): RecordPublishedIndex => ({
  type: 'RecordPublishedIndex',
  actor: admin,
  file: file(json),
  ...change,
});

const recorded2022 = (): PublishedIndexEvent => publishedIndexDecider.decide(record(papiFile(2022)), publishedIndexDecider.initialState())[0];

describe('RecordPublishedIndex: the province records a year of PAPI or DGI as published', () => {
  it('records the first file of a year as revision 1, its total computed from the dimensions', () =>
    given(publishedIndexDecider)
      .when(record(papiFile(2022)))
      .thenMatches({
        type: 'PublishedIndexRecorded',
        data: { kind: 'PAPI', province: 'an-binh', year: 2022, revision: 1, total: '44.2383', maxTotal: '80.0000' },
      }));

  it('changes nothing when the same figures come again, however they are written', () => {
    const json = papiFile(2022);
    json.dimensions[2].score = '4.40120';
    given(publishedIndexDecider, recorded2022()).when(record(json)).then();
  });

  it('records other figures for the year as a correction: revision 2, with its reason', () =>
    given(publishedIndexDecider, recorded2022())
      .when(record(papiFileWith(2022, 3, '4.4102'), { reason: 'UNDP đính chính số liệu Trách nhiệm giải trình' }))
      .thenMatches({ data: { revision: 2, reason: 'UNDP đính chính số liệu Trách nhiệm giải trình', total: '44.2473' } }));

  it('refuses a correction without a reason (PUBLISHED_CORRECTION_REASON_REQUIRED)', () =>
    given(publishedIndexDecider, recorded2022())
      .when(record(papiFileWith(2022, 3, '4.4102'), { reason: '  ' }))
      .thenRejects('PUBLISHED_CORRECTION_REASON_REQUIRED'));

  it('counts revisions on from the latest', () => {
    const second = publishedIndexDecider.decide(
      record(papiFileWith(2022, 3, '4.4102'), { reason: 'đính chính' }),
      publishedIndexDecider.evolve(publishedIndexDecider.initialState(), recorded2022()),
    )[0];
    given(publishedIndexDecider, recorded2022(), second)
      .when(record(papiFile(2022), { reason: 'trở lại số liệu gốc' }))
      .thenMatches({ data: { revision: 3 } });
  });

  it('lets only the province admin record published figures (ROLE_NOT_ALLOWED)', () =>
    given(publishedIndexDecider)
      .when(record(papiFile(2022), { actor: reporter }))
      .thenRejects('ROLE_NOT_ALLOWED'));
});
