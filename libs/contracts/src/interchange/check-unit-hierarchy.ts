import { UnitEntry } from './cycle-file';
import { elementPath } from './field-paths';
import { InterchangeError } from './interchange-error';

/**
 * Each parent is a unit of the file, and following parents never leads back to where it started
 * (province → district → commune is a tree). Every unit on a loop is named, so the loop can be read
 * off the errors.
 */
export function checkUnitHierarchy(units: readonly UnitEntry[], declaredUnits: ReadonlySet<string | undefined>, errors: InterchangeError[]): void {
  const parentOf = new Map<string, string>();
  for (const unit of units) if (unit.parent && !parentOf.has(unit.id)) parentOf.set(unit.id, unit.parent);

  units.forEach((unit, position) => {
    if (!unit.parent) return;
    const field = `${elementPath('', 'units', unit, position)}.parent`;
    if (!declaredUnits.has(unit.parent)) {
      errors.push(
        new InterchangeError('PARENT_UNKNOWN', `parent ${JSON.stringify(unit.parent)} is not in units`, { field, value: unit.parent, unit: unit.id }),
      );
      return;
    }
    const loop = loopThrough(unit.id, parentOf);
    if (loop) {
      errors.push(
        new InterchangeError('PARENT_CYCLE', `parent ${JSON.stringify(unit.parent)} makes a cycle: ${loop.join(' → ')}`, {
          field,
          value: unit.parent,
          unit: unit.id,
        }),
      );
    }
  });
}

/** The chain start → … → start when following parents returns to `start`; undefined otherwise. */
function loopThrough(start: string, parentOf: ReadonlyMap<string, string>): string[] | undefined {
  const chain = [start];
  const visited = new Set(chain);
  for (let current = parentOf.get(start); current !== undefined; current = parentOf.get(current)) {
    chain.push(current);
    if (current === start) return chain;
    if (visited.has(current)) return undefined;
    visited.add(current);
  }
  return undefined;
}
