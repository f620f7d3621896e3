/** A path under /api/v1 with every interpolated value encoded: apiPath`/cycles/${cycleId}/results`. */
export function apiPath(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce((path, text, index) => path + text + (index < values.length ? encodeURIComponent(String(values[index])) : ''), '');
}
