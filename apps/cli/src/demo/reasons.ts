import { BandsMethod, CriterionLeaf, Points } from '@par/domain';
import { LeafStory } from './demo-criteria';
import { SeededRandom } from './seeded-random';

/**
 * The reasons an appraiser writes, in the words of provincial appraisal minutes. Numbers are written the
 * Vietnamese way (96,4%; 0,50 điểm; 02 báo cáo) and agree with the points they justify.
 */
export const reasons = {
  /** A band leaf: the measured ratio that lands exactly on the appraised band. */
  band(leaf: CriterionLeaf & { method: BandsMethod }, story: LeafStory, points: Points, random: SeededRandom): string {
    const ratio = ratioEarning(leaf.method, points, random);
    return `Số liệu thẩm định: ${story.measure ?? 'tỷ lệ thực hiện'} đạt ${percent(ratio * 100, 1)}, tương ứng ${vietnamese(points)} điểm`;
  },
  deduction(story: LeafStory, occurrences: number, lost: Points): string {
    return `Có ${String(occurrences).padStart(2, '0')} trường hợp ${story.violation ?? 'vi phạm'} (trừ ${vietnamese(lost)} điểm)`;
  },
  survey(leaf: CriterionLeaf, points: Points): string {
    const share = percent(points.toDecimal().div(leaf.maxPoints.toDecimal()).times(100).toNumber(), 2);
    return /SIPAS/.test(leaf.title)
      ? `Chỉ số hài lòng SIPAS năm 2025 của đơn vị đạt ${share}`
      : `Kết quả điều tra xã hội học năm 2025 (Quyết định số 2150/QĐ-UBND ngày 15/12/2025): đạt ${share} số điểm tối đa`;
  },
  withoutEvidence: 'Không có tài liệu kiểm chứng kèm theo',
  raised: 'Đơn vị tự chấm thiếu điểm; tài liệu kiểm chứng đáp ứng đầy đủ yêu cầu của tiêu chí',
};

/** A ratio inside the band that earns `points`; for 0, a little below the lowest band. */
function ratioEarning(method: BandsMethod, points: Points, random: SeededRandom): number {
  const index = method.bands.findIndex((band) => band.points.equals(points));
  const lowest = method.bands[method.bands.length - 1].minRatio.toNumber();
  const [from, to] =
    index < 0 ? [Math.max(0, lowest - 0.08), lowest] : [method.bands[index].minRatio.toNumber(), index === 0 ? 1 : method.bands[index - 1].minRatio.toNumber()];
  if (from === to) return from;
  // Tenths of a percent strictly inside [from, to), as a one-stop system reports them.
  const tenths = random.int(Math.ceil(from * 1000), Math.ceil(to * 1000) - 1);
  return tenths / 1000;
}

function percent(value: number, places: number): string {
  return `${value.toFixed(places).replace('.', ',')}%`;
}

function vietnamese(points: Points): string {
  return points.toString().replace('.', ',');
}
