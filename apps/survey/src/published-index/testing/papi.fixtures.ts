import type { Actor } from '@par/contracts';

// An Bình's PAPI figures (an invented province, as libs/contracts' published-index fixture), built compactly
// for the service's specs: 8 dimensions, D1 with its four sub-dimensions.

export const admin: Actor = { userId: 'le.thi.c', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
export const reporter: Actor = { userId: 'nguyen.van.a', role: 'UNIT_REPORTER', unitId: 'so-tu-phap' };

export const PAPI_TITLES = [
  'Tham gia của người dân ở cấp cơ sở',
  'Công khai, minh bạch',
  'Trách nhiệm giải trình với người dân',
  'Kiểm soát tham nhũng trong khu vực công',
  'Thủ tục hành chính công',
  'Cung ứng dịch vụ công',
  'Quản trị môi trường',
  'Quản trị điện tử',
] as const;

export const AN_BINH_PAPI: Readonly<Record<number, readonly string[]>> = {
  2021: ['5.1421', '5.2514', '4.3127', '6.6871', '7.2916', '7.5208', '3.4819', '3.7722'],
  2022: ['5.2568', '5.3363', '4.4012', '6.7702', '7.3481', '7.4655', '3.5567', '4.1035'],
  2023: ['5.3640', '5.4135', '4.3560', '6.8420', '7.4023', '7.6120', '3.6934', '4.4508'],
};

/** D1's sub-dimensions sum to the dimension within rounding: the first three fixed, the last the rest. */
function participationSubs(score: string) {
  const rest = (Number(score) * 10_000 - 9_812 - 15_316 - 16_054) / 10_000;
  return [
    { code: 'D1.1', title: 'Tri thức công dân', score: '0.9812' },
    { code: 'D1.2', title: 'Cơ hội tham gia', score: '1.5316' },
    { code: 'D1.3', title: 'Chất lượng bầu cử', score: '1.6054' },
    { code: 'D1.4', title: 'Đóng góp tự nguyện', score: rest.toFixed(4) },
  ];
}

/** A `par-published-index/1` PAPI file of An Bình for `year`, with `scores` in place of the recorded ones when given. */
export function papiFile(year: number, scores: readonly string[] = AN_BINH_PAPI[year]) {
  return {
    format: 'par-published-index/1',
    kind: 'PAPI',
    province: 'an-binh',
    year,
    source: { title: `Báo cáo PAPI ${year}`, url: 'https://papi.org.vn/bao-cao/', publishedOn: `${year + 1}-04-16` },
    dimensions: PAPI_TITLES.map((title, position) => ({
      code: `D${position + 1}`,
      title,
      score: scores[position],
      ...(position === 0 ? { subDimensions: participationSubs(scores[0]) } : {}),
    })),
  };
}

/** The same year with one dimension's score replaced. */
export function papiFileWith(year: number, dimension: number, score: string) {
  const scores = [...AN_BINH_PAPI[year]];
  scores[dimension - 1] = score;
  return papiFile(year, scores);
}
