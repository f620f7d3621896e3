import type { AdjustmentEntry, CycleHeader, GroupEntry } from '@par/contracts';

/**
 * The invented province of An Bình: its 2025 cycle, its two groups and the units they rank. `quality`
 * (0–1) steers how fully a unit earns its points, so the results spread over the classes; the
 * randomness of the generator does the rest.
 */
export const demoCycle: CycleHeader = {
  id: 'demo-2025',
  year: 2025,
  title: 'Chỉ số CCHC năm 2025',
  evaluator: 'ubnd-tinh-an-binh',
  thresholds: [
    { class: 'XUAT_SAC', label: 'Xuất sắc', minIndex: 90 },
    { class: 'TOT', label: 'Tốt', minIndex: 80 },
    { class: 'KHA', label: 'Khá', minIndex: 65 },
    { class: 'TRUNG_BINH', label: 'Trung bình', minIndex: 50 },
    { class: 'YEU', label: 'Yếu', minIndex: 0 },
  ],
};

export const demoGroups: GroupEntry[] = [
  { id: 'departments', name: 'Sở, ban, ngành', criteriaSet: 'set-departments', thresholds: null },
  { id: 'districts', name: 'UBND huyện, thị xã, thành phố', criteriaSet: 'set-districts', thresholds: null },
];

export interface DemoUnit {
  readonly id: string;
  readonly name: string;
  readonly group: 'departments' | 'districts';
  /** The issuer suffix of the unit's document numbers: 12/KH-STP. */
  readonly issuer: string;
  readonly quality: number;
  /** Leaves that do not apply to the unit (their stories say why). */
  readonly notApplicable?: readonly string[];
  readonly bonus?: readonly AdjustmentEntry[];
  readonly deductions?: readonly AdjustmentEntry[];
}

/** Central agencies scored with the departments: no legal documents of their own, structure set by their ministry. */
const centralAgency = ['2.1', '2.2', '4.1', '6.4'];

export const demoUnits: readonly DemoUnit[] = [
  {
    id: 'so-noi-vu',
    name: 'Sở Nội vụ',
    group: 'departments',
    issuer: 'SNV',
    quality: 0.96,
    bonus: [{ points: 0.5, reason: 'Mô hình "Một cửa số" được Bộ Nội vụ biểu dương tại Văn bản số 4120/BNV-CCHC' }],
  },
  {
    id: 'so-tu-phap',
    name: 'Sở Tư pháp',
    group: 'departments',
    issuer: 'STP',
    quality: 0.97,
    notApplicable: ['6.4'],
    bonus: [{ points: 1, reason: 'Sáng kiến "Số hóa sổ hộ tịch" được UBND tỉnh công nhận sáng kiến cấp tỉnh (Quyết định số 1520/QĐ-UBND ngày 18/9/2025)' }],
  },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', group: 'departments', issuer: 'STC', quality: 0.93 },
  {
    id: 'so-xay-dung',
    name: 'Sở Xây dựng',
    group: 'departments',
    issuer: 'SXD',
    quality: 0.7,
    deductions: [{ points: 0.5, reason: 'Chưa thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số 3120/UBND-KT ngày 12/8/2025' }],
  },
  {
    id: 'so-y-te',
    name: 'Sở Y tế',
    group: 'departments',
    issuer: 'SYT',
    quality: 0.8,
    deductions: [{ points: 0.5, reason: '01 viên chức bị xử lý kỷ luật khiển trách (Quyết định số 85/QĐ-SYT)' }],
  },
  { id: 'so-giao-duc-dao-tao', name: 'Sở Giáo dục và Đào tạo', group: 'departments', issuer: 'SGDĐT', quality: 0.86 },
  { id: 'so-cong-thuong', name: 'Sở Công Thương', group: 'departments', issuer: 'SCT', quality: 0.89 },
  { id: 'so-nong-nghiep-moi-truong', name: 'Sở Nông nghiệp và Môi trường', group: 'departments', issuer: 'SNNMT', quality: 0.84 },
  { id: 'so-khoa-hoc-cong-nghe', name: 'Sở Khoa học và Công nghệ', group: 'departments', issuer: 'SKHCN', quality: 0.89 },
  { id: 'so-van-hoa-the-thao-du-lich', name: 'Sở Văn hóa, Thể thao và Du lịch', group: 'departments', issuer: 'SVHTTDL', quality: 0.74 },
  { id: 'so-dan-toc-ton-giao', name: 'Sở Dân tộc và Tôn giáo', group: 'departments', issuer: 'SDTTG', quality: 0.64, notApplicable: ['6.2', '6.4', '7.5'] },
  { id: 'so-ngoai-vu', name: 'Sở Ngoại vụ', group: 'departments', issuer: 'SNgV', quality: 0.5, notApplicable: ['2.1', '2.2', '6.4', '7.5', '8.4'] },
  { id: 'thanh-tra-tinh', name: 'Thanh tra tỉnh', group: 'departments', issuer: 'TTr', quality: 0.84, notApplicable: ['2.1', '2.2', '6.2', '6.4', '8.4'] },
  { id: 'van-phong-ubnd-tinh', name: 'Văn phòng UBND tỉnh', group: 'departments', issuer: 'VP', quality: 0.95, notApplicable: ['6.4', '8.4'] },
  { id: 'ban-quan-ly-khu-kinh-te', name: 'Ban Quản lý Khu kinh tế tỉnh', group: 'departments', issuer: 'BQLKKT', quality: 0.87, notApplicable: ['6.2'] },
  { id: 'cong-an-tinh', name: 'Công an tỉnh', group: 'departments', issuer: 'CAT', quality: 0.88, notApplicable: [...centralAgency, '6.3'] },
  { id: 'bao-hiem-xa-hoi-tinh', name: 'Bảo hiểm xã hội tỉnh', group: 'departments', issuer: 'BHXH', quality: 0.8, notApplicable: [...centralAgency, '7.5'] },
  { id: 'thue-tinh', name: 'Thuế tỉnh An Bình', group: 'departments', issuer: 'TAB', quality: 0.9, notApplicable: centralAgency },

  {
    id: 'tp-an-binh',
    name: 'UBND thành phố An Bình',
    group: 'districts',
    issuer: 'UBND',
    quality: 0.95,
    notApplicable: ['4.3'],
    bonus: [{ points: 1, reason: 'Mô hình "Phường không giấy tờ" được UBND tỉnh công nhận và nhân rộng (Quyết định số 1688/QĐ-UBND ngày 06/10/2025)' }],
  },
  { id: 'tx-phu-thinh', name: 'UBND thị xã Phú Thịnh', group: 'districts', issuer: 'UBND', quality: 0.9 },
  { id: 'huyen-hoa-loc', name: 'UBND huyện Hòa Lộc', group: 'districts', issuer: 'UBND', quality: 0.86 },
  { id: 'huyen-thuan-my', name: 'UBND huyện Thuận Mỹ', group: 'districts', issuer: 'UBND', quality: 0.86 },
  { id: 'huyen-vinh-an', name: 'UBND huyện Vĩnh An', group: 'districts', issuer: 'UBND', quality: 0.86 },
  { id: 'huyen-tan-khanh', name: 'UBND huyện Tân Khánh', group: 'districts', issuer: 'UBND', quality: 0.84 },
  { id: 'huyen-dong-xuyen', name: 'UBND huyện Đông Xuyên', group: 'districts', issuer: 'UBND', quality: 0.8 },
  { id: 'huyen-ngoc-lam', name: 'UBND huyện Ngọc Lâm', group: 'districts', issuer: 'UBND', quality: 0.74 },
  { id: 'huyen-kim-phu', name: 'UBND huyện Kim Phú', group: 'districts', issuer: 'UBND', quality: 0.7 },
  {
    id: 'huyen-suoi-lam',
    name: 'UBND huyện Suối Lam',
    group: 'districts',
    issuer: 'UBND',
    quality: 0.52,
    deductions: [{ points: 1, reason: '02 công chức bị xử lý kỷ luật do vi phạm trong giải quyết hồ sơ đất đai' }],
  },
];

/** Pairs made to share their index exactly (the second is adjusted to the first), one per group. */
export const deliberateTies: readonly (readonly [string, string])[] = [
  ['so-cong-thuong', 'so-khoa-hoc-cong-nghe'],
  ['huyen-thuan-my', 'huyen-vinh-an'],
];

/** Appraisers of the Department of Home Affairs (Sở Nội vụ), who appraise for the council. */
export const appraisers = ['tran.thi.thu', 'le.van.hung', 'nguyen.thi.mai', 'pham.quoc.bao'];
