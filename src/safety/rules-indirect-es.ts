import type { Rule } from './rules-en';
export const RULES_INDIRECT_ES: Rule[] = [];
