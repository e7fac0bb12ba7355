// Round 13 (independent13): whole sentences that appear at once (one DOM write), and sentences said
// again — by the same speaker after the first caption left the screen (retention, timeouts,
// virtualisation, rolling windows), by two different speakers, in bursts of several new
// blocks/rows/paragraphs in one task, Zoom overlay flip-backs vs. genuine repeats, and caption views
// re-rendered right after a repeated sentence. Written only from
// /work/shared/research/caption-platforms.md (§2 Meet, §3 Zoom, §4 Teams, §6 Jitsi, §8, §9) and the
// runner's API; see the header of each scenario file and each scenario's comment for the sections it
// relies on and the assumptions made where the research is silent.
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
runScenarioGroups('independent13', groups);
