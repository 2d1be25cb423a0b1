import { all, create, type EvalFunction } from 'mathjs/number';

function disabled(name: string) {
  return () => {
    throw new Error(`"${name}" is not available in templates`);
  };
}

/**
 * The mathjs instance templates are evaluated with, made on first use: creating it costs about
 * 100 MB and a second at start-up, which processes that never read a template (the CLI on a
 * task-list CSV, the worker before its first project) should not pay. Templates are data a user
 * can drop in a folder, so the functions that could change the instance or parse further code
 * are disabled (mathjs "security" guide), and a few helpers for questionnaire values are added.
 * Returns the parser, captured before the overrides, which only hide it from expressions.
 */
let parser: ((text: string) => { compile(): EvalFunction }) | undefined;

function expressionParser(): (text: string) => { compile(): EvalFunction } {
  if (parser) return parser;
  const math = create(all!, { number: 'number' });
  const parse = math.parse.bind(math);
  math.import(
    {
      /** `choose(data.quality, {clean: 0.7, typical: 1, messy: 1.8})`: the value for a key, or `default`. */
      choose(key: unknown, options: Record<string, unknown>) {
        const k = String(key);
        if (options && Object.prototype.hasOwnProperty.call(options, k)) return options[k];
        if (options && Object.prototype.hasOwnProperty.call(options, 'default'))
          return options['default'];
        throw new Error(`choose: no value for "${k}" and no default`);
      },
      /** `is(data.location, "on-prem")`: string equality. */
      is(value: unknown, expected: unknown) {
        return String(value) === String(expected);
      },
      /** 1 for true, 0 for false: `flag(mlops.components.monitoring) * 5`. */
      flag(value: unknown) {
        return value ? 1 : 0;
      },
    },
    { override: true },
  );
  // mathjs compares strings by their numeric value ("messy" == "clean" throws); template authors
  // write `data.quality == "messy"`, so text compares as text.
  const numericEqual = math.equal.bind(math);
  const numericUnequal = math.unequal.bind(math);
  math.import(
    {
      equal: (a: unknown, b: unknown) =>
        typeof a === 'string' || typeof b === 'string'
          ? String(a) === String(b)
          : numericEqual(a as number, b as number),
      unequal: (a: unknown, b: unknown) =>
        typeof a === 'string' || typeof b === 'string'
          ? String(a) !== String(b)
          : numericUnequal(a as number, b as number),
    },
    { override: true },
  );
  math.import(
    {
      import: disabled('import'),
      createUnit: disabled('createUnit'),
      evaluate: disabled('evaluate'),
      parse: disabled('parse'),
      simplify: disabled('simplify'),
      derivative: disabled('derivative'),
      resolve: disabled('resolve'),
      reviver: disabled('reviver'),
    },
    { override: true },
  );
  parser = parse;
  return parse;
}

/** A template expression compiled once; evaluated once per edit with the inputs' scope. */
export type CompiledExpression = {
  source: string;
  evaluate(scope: Record<string, unknown>): unknown;
};

const cache = new Map<string, CompiledExpression>();

/** Compiles (and caches) an expression; throws mathjs's syntax error. */
export function compileExpression(source: string | number): CompiledExpression {
  const text = String(source);
  let compiled = cache.get(text);
  if (!compiled) {
    const code: EvalFunction = expressionParser()(text).compile();
    compiled = { source: text, evaluate: (scope) => code.evaluate({ ...scope }) };
    cache.set(text, compiled);
  }
  return compiled;
}
