/**
 * Invented published figures of an invented province, tỉnh An Bình (`an-binh`): PAPI for 2021–2023 and DGI
 * for 2023, as plain JSON a test may change. PAPI figures are written as the report prints them (strings), a
 * few as JSON numbers; sub-dimensions are given for dimensions 1, 2 and 4, some off their dimension by the
 * rounding of published figures (2021 D1: the parts sum to 5.1420, the dimension is 5.1421).
 */
export type PapiYear = 2021 | 2022 | 2023;

const PAPI_TITLES = [
  'Tham gia của người dân ở cấp cơ sở',
  'Công khai, minh bạch',
  'Trách nhiệm giải trình với người dân',
  'Kiểm soát tham nhũng trong khu vực công',
  'Thủ tục hành chính công',
  'Cung ứng dịch vụ công',
  'Quản trị môi trường',
  'Quản trị điện tử',
] as const;

const SUB_TITLES: Readonly<Record<string, readonly string[]>> = {
  D1: ['Tri thức công dân', 'Cơ hội tham gia', 'Chất lượng bầu cử', 'Đóng góp tự nguyện'],
  D2: ['Tiếp cận thông tin', 'Công khai danh sách hộ nghèo', 'Công khai ngân sách cấp xã', 'Công khai quy hoạch, kế hoạch sử dụng đất và khung giá đền bù'],
  D4: [
    'Kiểm soát tham nhũng trong chính quyền địa phương',
    'Kiểm soát tham nhũng trong cung ứng dịch vụ công',
    'Công bằng trong tuyển dụng vào khu vực nhà nước',
    'Quyết tâm của chính quyền địa phương trong phòng, chống tham nhũng',
  ],
};

/** Per year: the 8 dimension scores, and the sub-dimension scores of D1, D2 and D4. */
const PAPI_FIGURES: Readonly<
  Record<PapiYear, { scores: readonly (string | number)[]; subs: Readonly<Record<string, readonly string[]>>; publishedOn: string }>
> = {
  2021: {
    scores: ['5.1421', '5.2514', '4.3127', '6.6871', '7.2916', 7.5208, '3.4819', '3.7722'],
    subs: { D1: ['0.9812', '1.5316', '1.6054', '1.0238'], D2: ['1.1034', '1.6922', '1.2405', '1.2153'], D4: ['1.6812', '1.9720', '1.3305', '1.7034'] },
    publishedOn: '2022-04-05',
  },
  2022: {
    scores: ['5.2568', '5.3363', '4.4012', '6.7702', '7.3481', '7.4655', 3.5567, '4.1035'],
    subs: { D1: ['1.0105', '1.5702', '1.6310', '1.0451'], D2: ['1.1350', '1.7104', '1.2630', '1.2279'], D4: ['1.7015', '1.9855', '1.3512', '1.7320'] },
    publishedOn: '2023-04-18',
  },
  2023: {
    scores: ['5.3640', '5.4135', '4.3560', '6.8420', '7.4023', '7.6120', '3.6934', '4.4508'],
    subs: { D1: ['1.0430', '1.6021', '1.6588', '1.0602'], D2: ['1.1608', '1.7255', '1.2871', '1.2400'], D4: ['1.7240', '2.0010', '1.3720', '1.7450'] },
    publishedOn: '2024-04-16',
  },
};

/** An Bình's PAPI file of one year, `par-published-index/1`. */
export function papiAnBinhFile(year: PapiYear = 2023) {
  const figures = PAPI_FIGURES[year];
  return {
    format: 'par-published-index/1',
    kind: 'PAPI',
    province: 'an-binh',
    year,
    source: {
      title: `Báo cáo PAPI ${year}: Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh ở Việt Nam`,
      url: 'https://papi.org.vn/bao-cao/',
      publishedOn: figures.publishedOn,
    },
    dimensions: PAPI_TITLES.map((title, position) => {
      const code = `D${position + 1}`;
      const subs = figures.subs[code];
      return {
        code,
        title,
        score: figures.scores[position] as string | number,
        ...(subs ? { subDimensions: subs.map((score, index) => ({ code: `${code}.${index + 1}`, title: SUB_TITLES[code][index], score })) } : {}),
      };
    }),
  };
}

/** An Bình's DGI 2023 (the province's own weighting: 8 pillars, 100 points). */
export function dgiAnBinhFile() {
  const pillars: readonly [string, number, string][] = [
    ['Tính minh bạch và tiếp cận thông tin', 15, '11.2500'],
    ['Tính năng động và hiệu lực', 15, '10.8125'],
    ['Chi phí thời gian', 10, '7.0420'],
    ['Chi phí không chính thức', 10, '7.9350'],
    ['Cạnh tranh bình đẳng', 10, '6.8800'],
    ['Hỗ trợ doanh nghiệp', 15, '9.9615'],
    ['Thiết chế pháp lý và an ninh trật tự', 10, '7.5130'],
    ['Vai trò người đứng đầu', 15, '11.6047'],
  ];
  return {
    format: 'par-published-index/1',
    kind: 'DGI',
    province: 'an-binh',
    year: 2023,
    source: { title: 'Kết quả Chỉ số DGI tỉnh An Bình năm 2023', publishedOn: '2024-03-08' },
    dimensions: pillars.map(([title, max, score], position) => ({ code: `P${position + 1}`, title, score, max })),
  };
}
