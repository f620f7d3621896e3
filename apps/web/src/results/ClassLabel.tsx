import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Solid tags, dark enough for white text (antd's light preset tags fall below 4.5:1 contrast). */
const COLOURS: Record<string, string> = { XUAT_SAC: '#237804', TOT: '#0958d9', KHA: '#006d75', TRUNG_BINH: '#ad4e00', YEU: '#a8071a' };

/** A class (xếp loại) by its label; a code the UI does not know (a province's own class) shows as sent. */
export function ClassLabel({ code }: { code: string | null }) {
  const { t, i18n } = useTranslation();
  if (code === null) return t('common.none');
  const key = `classes.${code}`;
  // A key made at run time, checked by exists(): the cast only quiets the compiler's typed keys.
  return <Tag color={COLOURS[code]}>{i18n.exists(key) ? t(key as 'classes.XUAT_SAC') : code}</Tag>;
}
