// Round 19 (independent19): rapid back-and-forth of one-to-three-word turns, speakers pausing 3-4 s
// mid-sentence and finishing in the same caption, recognisers revising earlier words of a growing
// caption and rewriting numbers and doses ("five hundred milligrams" → "500 mg"), Spanish and
// code-switched speech, a caregiver and patient sharing one device (one name, two voices), reactions,
// raised hands, chat and "joined" notices beside the captions; on Zoom also a dial-in patient, two
// people with the same initials, captions toggled off and on (once mid-sentence) and a transcript
// panel scrolled while a new row arrives. Written only from /work/shared/research/caption-platforms.md
// and the runner's API (../independent/kit.ts, runner.ts); each scenario file's header and each
// scenario's comment name the sections used and the assumptions made where the research is silent.
import { runScenarioGroups } from '../independent/runner.ts';
import type { Scenario } from '../independent/kit.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';
const groups: [string, Scenario[]][] = [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
];
runScenarioGroups('independent19', groups);
