// A fifth, independently written set of caption scenarios (session 20: one helper per platform,
// from /work/shared/research/caption-platforms.md only, without the adapters, the product's fixtures
// or the earlier sets; emphasis: page lifecycle and structure churn (captions off and on, panels and
// screen sharing re-rendering or moving the caption container, pre-join and lobby pages, language
// switched mid-call) and non-English and international text), run by the shared runner.
import { runScenarioGroups } from '../independent/runner.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';

runScenarioGroups('independent5', [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
]);
