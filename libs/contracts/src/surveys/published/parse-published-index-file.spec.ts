import { parsePublishedIndexFile, type PublishedIndexFile, type PublishedIndexFileError } from '.';
import { dgiAnBinhFile, papiAnBinhFile } from './published-index.fixture';

type Json = ReturnType<typeof papiAnBinhFile>;

function accepted(json: unknown): PublishedIndexFile {
  const parsed = parsePublishedIndexFile(json);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return parsed.value;
}

function refused(json: unknown): PublishedIndexFileError[] {
  const parsed = parsePublishedIndexFile(json);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return [...parsed.errors];
}

const problems = (json: unknown) => refused(json).map((error) => ({ code: error.code, field: error.field }));

function papi(change: (json: Json) => void, year: 2021 | 2022 | 2023 = 2023): Json {
  const json = papiAnBinhFile(year);
  change(json);
  return json;
}

describe('parsePublishedIndexFile (par-published-index/1)', () => {
  it.each([2021, 2022, 2023] as const)('accepts An Bình’s PAPI %i: 8 dimensions out of 10, figures written with 4 places', (year) => {
    const file = accepted(papiAnBinhFile(year));
    expect(file).toMatchObject({ format: 'par-published-index/1', kind: 'PAPI', province: 'an-binh', year });
    expect(file.dimensions).toHaveLength(8);
    expect(file.dimensions.every((dimension) => dimension.max === '10.0000' && /^\d+\.\d{4}$/.test(dimension.score))).toBe(true);
  });

  it('keeps the titles and sub-dimensions as published, JSON numbers written like strings', () => {
    const file = accepted(papiAnBinhFile(2021));
    expect(file.dimensions[0]).toMatchObject({ code: 'D1', title: 'Tham gia của người dân ở cấp cơ sở', score: '5.1421' });
    expect(file.dimensions[0].subDimensions.map((sub) => [sub.code, sub.score])).toEqual([
      ['D1.1', '0.9812'],
      ['D1.2', '1.5316'],
      ['D1.3', '1.6054'],
      ['D1.4', '1.0238'],
    ]);
    expect(file.dimensions[5]).toMatchObject({ title: 'Cung ứng dịch vụ công', score: '7.5208', subDimensions: [] });
  });

  it('reads 5.25 and "5.2500" as the same figure', () => {
    const short = accepted(papi((json) => void (json.dimensions[2].score = 4.356)));
    expect(short.dimensions[2].score).toBe('4.3560');
    expect(short).toEqual(accepted(papiAnBinhFile(2023)));
  });

  it('accepts a PAPI max written as 10, and a DGI file whose pillars give their max', () => {
    accepted(papi((json) => void Object.assign(json.dimensions[0], { max: '10.00' })));
    const dgi = accepted(dgiAnBinhFile());
    expect(dgi.dimensions.map((pillar) => pillar.max)).toEqual(['15.0000', '15.0000', '10.0000', '10.0000', '10.0000', '15.0000', '10.0000', '15.0000']);
  });

  it('accepts a source with only a title', () => {
    expect(accepted(papi((json) => void (json.source = { title: 'Báo cáo PAPI 2023' } as Json['source']))).source).toEqual({ title: 'Báo cáo PAPI 2023' });
  });

  it('refuses a PAPI file without its 8 dimensions (PAPI_DIMENSION_COUNT)', () => {
    expect(problems(papi((json) => void json.dimensions.pop()))).toEqual([{ code: 'PAPI_DIMENSION_COUNT', field: 'dimensions' }]);
  });

  it('refuses a PAPI dimension out of another maximum (MAX_NOT_PAPI)', () => {
    expect(problems(papi((json) => void Object.assign(json.dimensions[6], { max: 15 })))).toEqual([{ code: 'MAX_NOT_PAPI', field: 'dimensions[D7].max' }]);
  });

  it('refuses a DGI pillar without its max (MAX_REQUIRED)', () => {
    const json = dgiAnBinhFile();
    delete (json.dimensions[2] as { max?: number }).max;
    expect(problems(json)).toEqual([{ code: 'MAX_REQUIRED', field: 'dimensions[P3].max' }]);
  });

  it('passes the figures to the domain rule: ranges, places and sums, each under its field', () => {
    const json = papi((json) => {
      json.dimensions[0].score = '5.3650';
      json.dimensions[4].score = '10.5';
      json.dimensions[7].score = '4.45081';
    });
    expect(problems(json)).toEqual([
      { code: 'PUBLISHED_SUM_MISMATCH', field: 'dimensions[D1].subDimensions' },
      { code: 'PUBLISHED_SCORE_OUT_OF_RANGE', field: 'dimensions[D5].score' },
      { code: 'PUBLISHED_SCORE_TOO_MANY_DECIMALS', field: 'dimensions[D8].score' },
    ]);
    expect(refused(json)[0].message).toMatch(/^dimensions\[D1\]\.subDimensions: the 4 sub-dimensions sum to 5\.3641, the dimension is 5\.365;/);
  });

  it('reports every shape problem at once, naming dimensions by code', () => {
    const json = {
      format: 'par-published-index/2',
      kind: 'PCI',
      province: 'an binh',
      year: 2023.5,
      source: { title: ' ', url: 'ftp://papi.org.vn', publishedOn: '2024-02-30' },
      dimensions: [{ code: 'D1', title: 'Tham gia', score: null, subDimensions: [{ code: 'D1.1', title: '', score: '1' }] }],
    };
    expect(problems(json)).toEqual([
      { code: 'FORMAT_UNSUPPORTED', field: 'format' },
      { code: 'SHAPE_INVALID', field: 'kind' },
      { code: 'SHAPE_INVALID', field: 'province' },
      { code: 'SHAPE_INVALID', field: 'year' },
      { code: 'SHAPE_INVALID', field: 'source.title' },
      { code: 'SHAPE_INVALID', field: 'source.url' },
      { code: 'SHAPE_INVALID', field: 'source.publishedOn' },
      { code: 'SHAPE_INVALID', field: 'dimensions[D1].score' },
      { code: 'SHAPE_INVALID', field: 'dimensions[D1].subDimensions[D1.1].title' },
    ]);
  });

  it('says what is missing', () => {
    expect(refused({ format: 'par-published-index/1' }).map((error) => error.message)).toEqual([
      'kind: is required',
      'province: is required',
      'year: is required',
      'source: is required',
      'dimensions: is required',
    ]);
  });

  it('refuses what is not an object, and never echoes a long value whole', () => {
    expect(problems([])).toEqual([{ code: 'SHAPE_INVALID', field: '(file)' }]);
    const [error] = refused(papi((json) => void (json.format = 'x'.repeat(10_000))));
    expect(error.message.length).toBeLessThan(200);
    expect(JSON.stringify(error).length).toBeLessThan(300);
  });
});
