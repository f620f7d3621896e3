/**
 * An invented sociological survey of 2025 (điều tra xã hội học): leaders of the province's units rate the
 * others (cross-evaluation) and citizens rate the civil servants they dealt with, on a 1–4 scale (Kém, Trung
 * bình, Khá, Tốt) where Khá and Tốt count as satisfied. Each scored leaf takes its field's own block of
 * questions: the quality of legal documents (2.5 of the departments, 2.4 of the districts), the organisation
 * (4.4) and the ethics and culture of the civil service (5.5), as the demo cycle numbers them.
 */
export function sociological2025CampaignFile(cycle = 'demo-2025') {
  return {
    format: 'par-survey/1',
    campaign: { id: 'xhh-2025', cycle, kind: 'SOCIOLOGICAL', title: 'Điều tra xã hội học đánh giá kết quả cải cách hành chính năm 2025' },
    questionnaire: {
      version: 1,
      scale: { min: 1, max: 4, satisfied: [3, 4] },
      aspects: [
        {
          code: 'VB',
          title: 'Chất lượng văn bản quy phạm pháp luật do cơ quan tham mưu ban hành',
          questions: [
            { code: 'VB1', text: 'Văn bản được ban hành kịp thời, đáp ứng yêu cầu quản lý' },
            { code: 'VB2', text: 'Nội dung văn bản phù hợp với thực tiễn, có tính khả thi' },
            { code: 'VB3', text: 'Văn bản được công khai, dễ tiếp cận' },
          ],
        },
        {
          code: 'TC',
          title: 'Tổ chức bộ máy',
          questions: [
            { code: 'TC1', text: 'Chức năng, nhiệm vụ của cơ quan được phân định rõ ràng, không chồng chéo' },
            { code: 'TC2', text: 'Việc phân cấp, ủy quyền giải quyết công việc hợp lý' },
          ],
        },
        {
          code: 'CV',
          title: 'Đạo đức, văn hóa công vụ',
          questions: [
            { code: 'CV1', text: 'Công chức có thái độ ứng xử đúng mực, tận tình' },
            { code: 'CV2', text: 'Công chức không gây phiền hà, sách nhiễu' },
            { code: 'CV3', text: 'Công chức giải quyết công việc đúng hạn' },
          ],
        },
      ],
    },
    scoring: [
      { criterion: '2.5', group: 'departments', aspect: 'VB' },
      { criterion: '4.4', group: 'departments', aspect: 'TC' },
      { criterion: '5.5', group: 'departments', aspect: 'CV' },
      { criterion: '2.4', group: 'districts', aspect: 'VB' },
    ] as { criterion: string; group: string; aspect?: string }[],
  };
}

/** Citizens rate only the civil servants they dealt with: the aspect they answer. */
export const CITIZENS_ASPECT = 'CV';
