import { parseCycleFile } from '@par/contracts';
import { draftOf } from '@par/contracts/testing';
import { writeCycleWorkbook } from '@par/cycle-workbook';

interface Status {
  id: string;
  state: string;
  cycle: string;
  progress: { done: number; total: number; phase: string };
  summary: { commands: number; eventsAppended: number } | null;
  problems: unknown[];
}

/**
 * What the province admin does in a browser against the embedded platform: upload a past cycle as a
 * workbook, follow its progress to the end, read its results, download it again as XLSX; and upload
 * a broken workbook, which is refused with where it is broken.
 */
export async function importsAndExportsOverHttp(api: string, authorization: string): Promise<void> {
  const draft = draftOf();
  draft.cycle.id = 'cchc-2022';
  draft.cycle.year = 2022;
  delete draft.selfAssessments[0].scores[0].evidence;
  const parsed = parseCycleFile(draft);
  if (!parsed.ok) throw new Error('the 2022 cycle must parse');
  const workbook = await writeCycleWorkbook(parsed.value);

  const upload = (bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return fetch(`${api}/imports`, { method: 'POST', headers: { authorization }, body: form });
  };
  const accepted = await upload(workbook, 'Chỉ số CCHC 2022.xlsx');
  expect(accepted.status).toBe(202);
  const location = accepted.headers.get('location') as string;
  expect(location).toMatch(/^\/api\/v1\/imports\/.+/);

  let status = (await accepted.json()) as Status;
  expect(status).toMatchObject({ cycle: 'cchc-2022', progress: { total: expect.any(Number) } });
  for (let polls = 0; status.state === 'queued' || status.state === 'running'; polls += 1) {
    if (polls > 300) throw new Error(`the import did not finish: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = (await (await fetch(new URL(location, api), { headers: { authorization } })).json()) as Status;
  }
  expect(status).toMatchObject({ state: 'succeeded', progress: { phase: 'done' }, problems: [] });
  expect(status.summary?.eventsAppended).toBeGreaterThan(0);
  expect(status.progress.done).toBe(status.progress.total);

  const results = await fetch(`${api}/cycles/cchc-2022/results`, { headers: { authorization } });
  expect(((await results.json()) as { groups: { results: { index: string }[] }[] }).groups[0].results[0].index).toBe('66.67');

  const exported = await fetch(`${api}/cycles/cchc-2022/export?format=xlsx`, { headers: { authorization } });
  expect(exported.status).toBe(200);
  expect(exported.headers.get('content-disposition')).toContain('cchc-2022.xlsx');
  expect(
    Buffer.from(await exported.arrayBuffer())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  const refused = await upload(Buffer.from('không phải tệp Excel'), 'bang-diem.xlsx');
  expect(refused.status).toBe(422);
  expect(JSON.stringify(await refused.json())).toContain('WORKBOOK_UNREADABLE');
}
