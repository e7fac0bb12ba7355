// A second, independently written set of caption scenarios (written from
// /work/shared/research/caption-platforms.md only, without reading the adapters, the product's
// fixtures or the first independent set), run by the shared runner.
import { withProductTiming } from '../independent/kit.ts';
import { runScenarioGroups } from '../independent/runner.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';

runScenarioGroups('independent2', [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
  // Reads that lag the page (the product coalesces growth reads) must not lose words either.
  [
    'product timing',
    [
      ...withProductTiming(meetScenarios, ['long monologue: Meet drops the long transcript and starts over in the same block']),
      ...withProductTiming(zoomScenarios, ['the transcript panel opens while the overlay runs: history once, the row the overlay never showed kept']),
    ],
  ],
]);
