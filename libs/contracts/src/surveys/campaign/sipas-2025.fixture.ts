/**
 * An invented SIPAS 2025 campaign of the demo province, as a province would write it: the five aspects
 * of the satisfaction index (Decision 1001/QĐ-BNV) — access to the service, administrative procedures,
 * the civil servants, the result, and the handling of feedback — on a 1–5 scale where 4 and 5 are
 * satisfied. It scores the demo's SIPAS leaves (3.5 and 8.5 of the departments, 3.7 of the districts).
 * A function: each test gets its own copy to change.
 */
export function sipas2025CampaignFile() {
  return {
    format: 'par-survey/1',
    campaign: { id: 'sipas-2025', cycle: 'demo-2025', kind: 'SIPAS', title: 'Khảo sát sự hài lòng của người dân, tổ chức (SIPAS) năm 2025' },
    questionnaire: {
      version: 1,
      scale: { min: 1, max: 5, satisfied: [4, 5] },
      aspects: [
        {
          code: 'TC',
          title: 'Tiếp cận dịch vụ',
          questions: [
            { code: 'TC1', text: 'Nơi ngồi chờ có đủ chỗ ngồi' },
            { code: 'TC2', text: 'Trang thiết bị phục vụ người dân, tổ chức đầy đủ' },
            { code: 'TC3', text: 'Trang thiết bị phục vụ người dân, tổ chức hiện đại, dễ sử dụng' },
            { code: 'TC4', text: 'Dễ dàng tìm hiểu thông tin về thủ tục hành chính và dịch vụ công trực tuyến' },
          ],
        },
        {
          code: 'TT',
          title: 'Thủ tục hành chính',
          questions: [
            { code: 'TT1', text: 'Thủ tục hành chính được niêm yết công khai đầy đủ, chính xác' },
            { code: 'TT2', text: 'Thành phần hồ sơ phải nộp là đúng quy định' },
            { code: 'TT3', text: 'Phí, lệ phí phải nộp là đúng quy định' },
            { code: 'TT4', text: 'Thời hạn giải quyết, tính từ ngày hồ sơ được tiếp nhận đến ngày trả kết quả, là đúng quy định' },
          ],
        },
        {
          code: 'CC',
          title: 'Công chức trực tiếp giải quyết công việc',
          questions: [
            { code: 'CC1', text: 'Công chức có thái độ giao tiếp lịch sự' },
            { code: 'CC2', text: 'Công chức chú ý lắng nghe ý kiến của người dân, tổ chức' },
            { code: 'CC3', text: 'Công chức trả lời, giải thích đầy đủ các ý kiến của người dân, tổ chức' },
            { code: 'CC4', text: 'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo, dễ hiểu' },
            { code: 'CC5', text: 'Công chức tuân thủ đúng quy định trong giải quyết công việc' },
          ],
        },
        {
          code: 'KQ',
          title: 'Kết quả cung ứng dịch vụ hành chính công',
          questions: [
            { code: 'KQ1', text: 'Kết quả đúng quy định' },
            { code: 'KQ2', text: 'Kết quả có thông tin đầy đủ, chính xác' },
            { code: 'KQ3', text: 'Nhận được kết quả đúng hẹn' },
          ],
        },
        {
          code: 'PA',
          title: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
          questions: [
            { code: 'PA1', text: 'Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị' },
            { code: 'PA2', text: 'Người dân, tổ chức dễ dàng thực hiện góp ý, phản ánh, kiến nghị' },
            { code: 'PA3', text: 'Cơ quan tiếp nhận và xử lý tích cực các góp ý, phản ánh, kiến nghị' },
            { code: 'PA4', text: 'Cơ quan thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời' },
          ],
        },
      ],
    },
    scoring: [
      { criterion: '3.5', group: 'departments' },
      { criterion: '8.5', group: 'departments' },
      { criterion: '3.7', group: 'districts' },
    ],
  };
}

/** Units of the demo province the SIPAS 2025 responses name (ids as in the demo cycle). */
export const SIPAS_2025_UNITS: readonly string[] = ['so-tu-phap', 'so-noi-vu', 'so-xay-dung', 'tp-an-binh', 'huyen-hoa-loc'];

/** Every question code of the SIPAS 2025 questionnaire, in order (TC1 … PA4). */
export function sipas2025QuestionCodes(): string[] {
  return sipas2025CampaignFile().questionnaire.aspects.flatMap((aspect) => aspect.questions.map((question) => question.code));
}
