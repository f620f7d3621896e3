import { InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import { ratioAsPercent } from './points';
import { scoreOptions, type ScoreOption } from './score-options';
import type { ScoringMethod } from './self-assessment.api';

interface ScoreInputProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  method: ScoringMethod | null;
  maxPoints: string;
  disabled?: boolean;
}

/**
 * The self score, bounded by the leaf's method: a number in [0, max] stepping by the leaf's step (manual), or
 * the values the method can give (bands, all-or-nothing, deductions). Decimals stay text: "0.75", never a float.
 * A value off the step is left for the service to refuse, so its message is the rule's own.
 */
export function ScoreInput({ id, value, onChange, method, maxPoints, disabled }: ScoreInputProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const options = scoreOptions(method, maxPoints);
  if (options) {
    return (
      <Select<string>
        id={id}
        value={value ?? undefined}
        onChange={(picked) => onChange?.(picked ?? null)}
        disabled={disabled}
        allowClear
        placeholder={t('selfAssessment.leaf.pick')}
        options={options.map((option) => ({ value: option.points, label: `${format.points(option.points)} — ${optionLabel(option)}` }))}
        popupMatchSelectWidth={false}
        className="par-score-input"
      />
    );
  }
  return (
    <InputNumber<string>
      id={id}
      value={value ?? null}
      onChange={(typed) => onChange?.(typed === null || typed === '' ? null : typed)}
      disabled={disabled}
      stringMode
      min="0"
      max={maxPoints}
      step={method?.kind === 'manual' ? method.step : '0.01'}
      decimalSeparator={format.language === 'vi' ? ',' : '.'}
      className="par-score-input"
    />
  );

  function optionLabel(option: ScoreOption): string {
    const because = option.because;
    if (!because) return t('selfAssessment.method.noBand');
    if ('band' in because) return t('selfAssessment.method.band', { ratio: format.percent(ratioAsPercent(because.band)) });
    if ('all' in because) return t(because.all ? 'selfAssessment.method.achieved' : 'selfAssessment.method.notAchieved');
    return t(because.orMore ? 'selfAssessment.method.violationsOrMore' : 'selfAssessment.method.violations', { count: because.violations });
  }
}
