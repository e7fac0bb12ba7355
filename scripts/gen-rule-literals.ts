// `npm run rules:literals`            writes src/safety/rule-literals.json from the detector's rules
// `npm run rules:literals -- --check` exits 1 if the committed table differs (a rule was edited
//                                      without regenerating it: that rule is then run on every
//                                      clause, correct but slower)
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './lib/generated-file';
import { ruleLiteralTableText } from './lib/rule-literals';

writeOrCheck(
  fileURLToPath(new URL('../src/safety/rule-literals.json', import.meta.url)),
  ruleLiteralTableText(),
  'src/safety/rule-literals.json is out of date with the rules in src/safety/: run `npm run rules:literals`',
);
