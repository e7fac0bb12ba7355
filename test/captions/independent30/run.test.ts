// Round 30 (independent30): the visit held in Spanish and the platform's interface in Spanish (or
// Italian): localised labels and self markers, Spanish captions with accents, ñ, ¿ and ¡, numbers and
// dates said the Spanish way, a clinician code-switching inside a turn, the caption language changed
// mid-call, and names with accents or two surnames. Written only from
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
runScenarioGroups('independent30', groups);
