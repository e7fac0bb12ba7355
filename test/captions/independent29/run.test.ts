// Round 29 (independent29): multi-party telehealth visits of 10-16 turns: an interpreter-mediated
// visit with Spanish turns, a family member or carer who joins mid-call and speaks, a participant who
// drops mid-sentence and rejoins under the same name, a supervisor who says one line and leaves, and
// screen sharing started and stopped while captions run. Written only from
// /work/shared/research/caption-platforms.md and the runner's API (../independent/kit.ts,
// runner.ts); each scenario file's header and each scenario's comment name the sections used and
// the assumptions made where the research is silent.
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
runScenarioGroups('independent29', groups);
