// A seventh, independently written set of caption scenarios (session 20: one helper per platform,
// from /work/shared/research/caption-platforms.md only, without the adapters, the product's fixtures
// or the earlier sets; emphasis: long calls whose old caption elements the platform drops or
// recycles, capture starting late with history on screen, caption freezes that jump ahead, and UIs
// in French, German, Italian, Portuguese, Polish, Russian and Japanese), run by the shared runner.
import { runScenarioGroups } from '../independent/runner.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';

runScenarioGroups('independent7', [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
]);
