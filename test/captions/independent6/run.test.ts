// A sixth, independently written set of caption scenarios (session 20: one helper per platform,
// from /work/shared/research/caption-platforms.md only, without the adapters, the product's fixtures
// or the earlier sets; emphasis: names as real pages show them (pronouns, (Guest), (External), "Last, First",
// truncation, a title on one surface and not another) and the system text real pages inject
// (joins, hands raised, recording banners, toasts), back-channels and bursts), run by the shared runner.
import { runScenarioGroups } from '../independent/runner.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';

runScenarioGroups('independent6', [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
]);
