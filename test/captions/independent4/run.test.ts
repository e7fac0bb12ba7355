// A fourth, independently written set of caption scenarios (session 19: one helper per platform,
// from /work/shared/research/caption-platforms.md only, without the adapters, the product's fixtures
// or the earlier sets; emphasis: how live speech recognition rewrites captions, overlaps, three
// people, minute-long turns), run by the shared runner.
import { runScenarioGroups } from '../independent/runner.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';

runScenarioGroups('independent4', [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
]);
