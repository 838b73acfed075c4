/**
 * The only module a rule imports from the engine: the rule contract and `defineRule`.
 * Plugins import it as `reportlint` (src/index.ts re-exports it).
 */
import type { OptionsSchema, Rule } from './types.js';

export type {
  Evidence,
  Fix,
  MessageTemplate,
  OptionSchema,
  OptionsOf,
  OptionsSchema,
  ProblemReport,
  Rule,
  RuleContext,
  RuleMeta,
} from './types.js';
export type {
  ClosingBlock,
  DateMention,
  Heading,
  Ordinal,
  Paragraph,
  ReportModel,
  Residue,
  Section,
  SectionRole,
  TextSpan,
} from './model/types.js';

/** Identity function that gives a rule its types: message ids and option types are checked at compile time. */
export function defineRule<M extends string, S extends OptionsSchema = Record<never, never>>(
  rule: Rule<M, S>,
): Rule<M, S> {
  return rule;
}
