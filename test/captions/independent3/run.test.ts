// A third, independently written set of caption scenarios (session 19: one helper per platform,
// each writing from /work/shared/research/caption-platforms.md only, without reading the adapters,
// the product's fixtures or the earlier sets), run by the shared runner.
import { runScenarioGroups } from '../independent/runner.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';

runScenarioGroups('independent3', [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
]);
