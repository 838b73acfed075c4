/**
 * Rule options: validation against a rule's `meta.options` schema, and merging over the defaults.
 *
 * A user option replaces that option's default value as a whole (a `string[]` given by the user replaces the default
 * list; rules that want "extend the list" semantics offer a separate `extra…` option).
 */
import type { Locale, OptionSchema, OptionsSchema } from '../types.js';
import { configError, list, show, word, type Where } from './messages.js';

/** The defaults of every option in a schema. */
export function defaultOptions(schema: OptionsSchema | undefined): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (schema) for (const [name, option] of Object.entries(schema)) result[name] = option.default;
  return result;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Checks user options against the schema and returns them merged over the defaults.
 * `where.key` is the rule's key path (e.g. `rules.require-measures`); errors name the option inside it.
 */
export function resolveOptions(schema: OptionsSchema | undefined, value: unknown, where: Where): Record<string, unknown> {
  const result = defaultOptions(schema);
  if (value === undefined) return result;
  if (!isPlainObject(value)) throw configError('optionsNotObject', where, { value: show(value) });
  for (const [name, given] of Object.entries(value)) {
    const option = schema && Object.hasOwn(schema, name) ? schema[name] : undefined;
    if (!option) {
      const names = schema ? Object.keys(schema) : [];
      const known =
        names.length > 0
          ? word('knownOptions', where.locale, { list: list(names, where.locale) })
          : word('noOptions', where.locale);
      throw configError('unknownOption', where, { option: name, known });
    }
    checkOption(option, name, given, where);
    result[name] = Array.isArray(given) ? [...(given as unknown[])] : isPlainObject(given) ? { ...given } : given;
  }
  return result;
}

function checkOption(option: OptionSchema, name: string, value: unknown, where: Where): void {
  const fail = (): never => {
    throw configError('optionType', where, { option: name, expected: typeName(option.type, where.locale), value: show(value) });
  };
  switch (option.type) {
    case 'boolean':
      if (typeof value !== 'boolean') fail();
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail();
      if (option.minimum !== undefined && value < option.minimum)
        throw configError('optionMinimum', where, { option: name, limit: option.minimum, value: show(value) });
      if (option.maximum !== undefined && value > option.maximum)
        throw configError('optionMaximum', where, { option: name, limit: option.maximum, value: show(value) });
      return;
    case 'string':
      if (typeof value !== 'string') return fail();
      if (option.enum && !option.enum.includes(value))
        throw configError('optionEnum', where, {
          option: name,
          allowed: option.enum.map((v) => JSON.stringify(v)).join(', '),
          value: show(value),
        });
      if (option.pattern && !new RegExp(option.pattern.source).test(value))
        throw configError('optionPattern', where, { option: name, example: JSON.stringify(option.pattern.example), value: show(value) });
      return;
    case 'string[]':
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) fail();
      return;
    case 'record':
      if (!isPlainObject(value) || !Object.values(value).every((item) => typeof item === 'string')) fail();
      return;
  }
}

function typeName(type: OptionSchema['type'], locale: Locale): string {
  return word(type, locale);
}
