// Round 22 (independent22): a third party on a clinical call and people coming and going: a medical
// interpreter relaying a Spanish-speaking patient in fast three-way turns, a caregiver or family
// member who joins partway, a patient whose connection drops and who rejoins under the same name,
// someone leaving mid-call while the others go on; Zoom's overlay, panel and both, in and out of the
// #webclient iframe. Written only from /work/shared/research/caption-platforms.md and the runner's
// API (../independent/kit.ts, runner.ts); each scenario file's header and each scenario's comment name
// the sections used and the assumptions made where the research is silent.
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
runScenarioGroups('independent22', groups);
