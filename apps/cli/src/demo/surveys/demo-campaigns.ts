import type { CampaignKind } from '@par/contracts';

/** A question block of a demo questionnaire, and the leaf it scores in each group. */
export interface DemoAspect {
  readonly code: string;
  readonly title: string;
  readonly questions: readonly string[];
  /** group id → the survey-held leaf this aspect's index scores. */
  readonly scores: Readonly<Record<string, string>>;
}

export interface DemoCampaign {
  readonly id: string;
  readonly kind: CampaignKind;
  readonly title: string;
  readonly aspects: readonly DemoAspect[];
}

/**
 * The two surveys of An Bình's 2025 cycle that hold its survey points: SIPAS (citizens and businesses served at the
 * one-stop shops) and the sociological survey of leaders, officials and representatives of the people, where
 * departments and localities evaluate each other. Each leaf is scored by its own block of questions (a scoring
 * entry with an aspect), as the province's methodology sets it.
 */
export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  {
    id: 'sipas-2025-an-binh',
    kind: 'SIPAS',
    title: 'Khảo sát sự hài lòng của người dân, tổ chức (SIPAS) năm 2025',
    aspects: [
      {
        code: 'GQ',
        title: 'Giải quyết thủ tục hành chính',
        questions: [
          'Thủ tục hành chính được niêm yết công khai đầy đủ, chính xác',
          'Thành phần hồ sơ phải nộp là đúng quy định',
          'Phí, lệ phí phải nộp là đúng quy định',
          'Nhận được kết quả đúng hẹn',
        ],
        scores: { departments: '3.5', districts: '3.7' },
      },
      {
        code: 'MC',
        title: 'Bộ phận Một cửa',
        questions: [
          'Nơi ngồi chờ có đủ chỗ ngồi',
          'Trang thiết bị phục vụ người dân, tổ chức hiện đại, dễ sử dụng',
          'Công chức có thái độ giao tiếp lịch sự',
          'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo, dễ hiểu',
          'Cơ quan tiếp nhận và xử lý tích cực các góp ý, phản ánh, kiến nghị',
        ],
        scores: { departments: '8.5', districts: '8.6' },
      },
    ],
  },
  {
    id: 'dtxh-2025-an-binh',
    kind: 'SOCIOLOGICAL',
    title: 'Điều tra xã hội học phục vụ xác định Chỉ số CCHC năm 2025',
    aspects: [
      {
        code: 'VB',
        title: 'Chất lượng văn bản quy phạm pháp luật',
        questions: [
          'Văn bản QPPL do đơn vị tham mưu ban hành phù hợp với thực tiễn',
          'Văn bản QPPL bảo đảm tính đồng bộ, thống nhất',
          'Văn bản QPPL được ban hành kịp thời',
          'Văn bản QPPL dễ hiểu, dễ thực hiện',
          'Việc lấy ý kiến dự thảo văn bản được thực hiện thực chất',
        ],
        scores: { departments: '2.5', districts: '2.4' },
      },
      {
        code: 'TC',
        title: 'Tổ chức bộ máy',
        questions: [
          'Chức năng, nhiệm vụ của đơn vị được phân định rõ ràng, không chồng chéo',
          'Cơ cấu tổ chức của đơn vị tinh gọn, hợp lý',
          'Việc phân cấp, ủy quyền được thực hiện đúng quy định',
          'Sự phối hợp giữa các cơ quan, đơn vị hiệu quả',
          'Việc sắp xếp tổ chức bộ máy tạo chuyển biến tích cực',
        ],
        scores: { departments: '4.4', districts: '4.4' },
      },
      {
        code: 'CV',
        title: 'Công vụ, đạo đức và văn hóa công vụ',
        questions: [
          'Công chức, viên chức thực thi công vụ đúng quy định',
          'Công chức, viên chức có tinh thần trách nhiệm với công việc',
          'Việc tuyển dụng, bổ nhiệm công khai, minh bạch',
          'Không có hiện tượng nhũng nhiễu, gây phiền hà',
          'Kỷ luật, kỷ cương hành chính được chấp hành nghiêm',
        ],
        scores: { departments: '5.5', districts: '5.6' },
      },
      {
        code: 'TCC',
        title: 'Quản lý tài chính công',
        questions: [
          'Việc phân bổ ngân sách công khai, minh bạch',
          'Tình trạng thất thoát, lãng phí được ngăn chặn',
          'Việc thực hiện cơ chế tự chủ tài chính đúng quy định',
          'Việc quản lý, sử dụng tài sản công hiệu quả',
          'Công tác thanh tra, kiểm tra tài chính được thực hiện thường xuyên',
        ],
        scores: { districts: '6.5' },
      },
      {
        code: 'CQS',
        title: 'Chính quyền số',
        questions: [
          'Dịch vụ công trực tuyến dễ sử dụng',
          'Thông tin trên cổng thông tin điện tử đầy đủ, kịp thời',
          'Hồ sơ công việc được xử lý trên môi trường mạng',
          'Dữ liệu được chia sẻ, không yêu cầu người dân nộp lại giấy tờ đã có',
          'Hệ thống thông tin bảo đảm an toàn, an ninh mạng',
        ],
        scores: { districts: '7.8' },
      },
    ],
  },
];

/** Where each survey-held leaf of a group takes its points from: the campaign and the aspect. */
export function demoSurveyOf(group: string, criterion: string): { campaign: DemoCampaign; aspect: DemoAspect } | undefined {
  for (const campaign of DEMO_CAMPAIGNS) {
    const aspect = campaign.aspects.find((candidate) => candidate.scores[group] === criterion);
    if (aspect) return { campaign, aspect };
  }
  return undefined;
}

/** The campaign file (par-survey/1) of a demo survey of `cycleId`. */
export function demoCampaignFile(campaign: DemoCampaign, cycleId: string) {
  return {
    format: 'par-survey/1',
    campaign: { id: campaign.id, cycle: cycleId, kind: campaign.kind, title: campaign.title },
    questionnaire: {
      version: 1,
      scale: { min: 1, max: 5, satisfied: [4, 5] },
      aspects: campaign.aspects.map((aspect) => ({
        code: aspect.code,
        title: aspect.title,
        questions: aspect.questions.map((text, position) => ({ code: `${aspect.code}${position + 1}`, text })),
      })),
    },
    scoring: campaign.aspects.flatMap((aspect) => Object.entries(aspect.scores).map(([group, criterion]) => ({ criterion, group, aspect: aspect.code }))),
  };
}
