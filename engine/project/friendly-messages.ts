import { z } from 'zod';

/**
 * Plain-words messages for the schema's checks ("must be at least 0" rather than zod's "Too
 * small: expected number to be >=0"), used by project files, the app's fields and the CLI alike.
 * Set once, when the schemas are first imported.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'number') {
          return issue.inclusive === false
            ? `must be greater than ${String(issue.minimum)}`
            : `must be at least ${String(issue.minimum)}`;
        }
        if (issue.origin === 'array')
          return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
        if (issue.origin === 'string')
          return issue.minimum === 1
            ? 'must not be empty'
            : `must be at least ${String(issue.minimum)} characters`;
        return undefined;
      case 'too_big':
        if (issue.origin === 'number')
          return issue.inclusive === false
            ? `must be less than ${String(issue.maximum)}`
            : `must be at most ${String(issue.maximum)}`;
        if (issue.origin === 'array') return `has more than ${String(issue.maximum)} items`;
        if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
        return undefined;
      case 'invalid_type':
        if (issue.input === undefined) return `is missing (expected ${issue.expected})`;
        if (issue.expected === 'int') return `must be a whole number, got ${describe(issue.input)}`;
        if (issue.expected === 'number' && typeof issue.input === 'number')
          return 'must be a finite number';
        return `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}, got ${describe(issue.input)}`;
      case 'invalid_value':
        return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`;
      case 'not_multiple_of':
        return Number(issue.divisor) === 1 ? 'must be a whole number' : undefined;
      case 'invalid_union':
        return 'is not one of the allowed values';
      default:
        return undefined;
    }
  },
});

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}
