import { useSearchParams } from 'react-router-dom';

const PARAM = 'field';

/**
 * What the results are ranked by, kept in the URL (?field=2) so a field's ranking can be shared and bookmarked:
 * a field's code, or undefined for the PAR index itself (the default, no parameter).
 */
export function useRankedField(): [string | undefined, (field: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const field = params.get(PARAM) || undefined;
  const rankBy = (next: string | undefined) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next) updated.set(PARAM, next);
      else updated.delete(PARAM);
      return updated;
    });
  return [field, rankBy];
}
