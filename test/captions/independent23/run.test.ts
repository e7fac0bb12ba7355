// Round 23 (independent23): the edges of a call's life and of the caption settings: a lobby or waiting
// room before admission, captions turned on minutes in, switched off and on mid-sentence, the caption
// language changed and changed back, a Zoom breakout room and back, translated captions on a Teams
// guest call, and very short calls that end abruptly. Written only from
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
runScenarioGroups('independent23', groups);
