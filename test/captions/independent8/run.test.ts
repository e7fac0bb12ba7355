// Round 8 (independent8): the user interacting with the call page during a call, and long-call list
// behaviour. Written only from /work/shared/research/caption-platforms.md (§3 Zoom, §6 Jitsi, §7, §8,
// §9) and the runner's API; see the header of each scenario file for the sections used per scenario.
import { runScenarioGroups } from '../independent/runner.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';
runScenarioGroups('independent8', [['zoom', zoomScenarios], ['jitsi', jitsiScenarios]]);
