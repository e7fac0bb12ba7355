// Round 21 (independent21): ordinary, unremarkable calls as people really talk: hesitations and
// fillers, false starts and self-corrections, turns that trail off unpunctuated, questions answered
// with questions, a patient reading out a medication list, a clinician's closing summary; on each
// platform its most common current layout, on Zoom overlay-only, panel-only and both, one inside the
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
runScenarioGroups('independent21', groups);
