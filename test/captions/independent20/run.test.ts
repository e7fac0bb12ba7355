// Round 20 (independent20): crosstalk (a second speaker starting before the first finished), 60+ s
// monologues that roll, reset or split over items and messages, dictation and spelling (drug names
// letter by letter, phone numbers, dates, dose schedules rewritten to digits), exact repeats of a
// speaker's earlier words at different places of a window, guests under device names ("iPhone") and
// renamed mid-call, long explanations with short backchannels; on Zoom also windows kept vs. restarted
// after a pause and a lagging transcript panel that merges two quick turns. Written only from
// /work/shared/research/caption-platforms.md and the runner's API (../independent/kit.ts, runner.ts);
// each scenario file's header and each scenario's comment name the sections used and the assumptions
// made where the research is silent.
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
runScenarioGroups('independent20', groups);
