// Every statement rule of the detector, in the order they are tried: the first one that fires names
// the hit, so the explicit English and Spanish rules come before the indirect and the narrower ones.
import { RULES_EN, type Rule } from './rules-en';
import { RULES_ES } from './rules-es';
import { RULES_INDIRECT_EN } from './rules-indirect-en';
import { RULES_INDIRECT_ES } from './rules-indirect-es';
import { RULES_LOSS } from './rules-loss';
import { RULES_SELF_REPORT } from './rules-self-report';
import { RULES_EVERYDAY } from './rules-everyday';
import { RULES_MEANS } from './rules-means';
import { RULES_AROUND } from './rules-around';
import { RULES_PLAIN } from './rules-plain';
import { RULES_SIGNS } from './rules-signs';
import { RULES_GRIEF } from './rules-grief';
import { RULES_SUBSTANCE } from './rules-substance';
import { RULES_ACTS } from './rules-acts';

export const RULES: readonly Rule[] = [...RULES_EN, ...RULES_ES, ...RULES_INDIRECT_EN, ...RULES_INDIRECT_ES, ...RULES_LOSS, ...RULES_SELF_REPORT, ...RULES_EVERYDAY, ...RULES_MEANS, ...RULES_AROUND, ...RULES_PLAIN, ...RULES_SIGNS, ...RULES_GRIEF, ...RULES_SUBSTANCE, ...RULES_ACTS];
