/**
 * Why a survey-held leaf took its points, in the words of the audit: "Khảo sát sipas-2025: chỉ số 81,50 %,
 * 412 người trả lời". Vietnamese number writing: a decimal comma, dots between thousands.
 */
export function surveyReason(campaignId: string, index: string, respondents: number): string {
  return `Khảo sát ${campaignId}: chỉ số ${index.replace('.', ',')} %, ${thousands(respondents)} người trả lời`;
}

function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
