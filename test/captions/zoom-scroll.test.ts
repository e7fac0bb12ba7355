// Zoom's transcript panel scrolled by the user mid-call: recycled elements must neither re-say old
// rows nor split or lose the live one (see zoom-scroll.scenarios.ts). Run with the fast test timing
// and with the product's own (coalesced reads, 1.5 s stable).
import { runScenarioGroups } from './independent/runner.ts';
import { withProductTiming } from './independent/kit.ts';
import { zoomScrollScenarios } from './zoom-scroll.scenarios.ts';

runScenarioGroups('scroll', [
  ['zoom', zoomScrollScenarios],
  ['zoom', withProductTiming(zoomScrollScenarios, zoomScrollScenarios.map((s) => s.name))],
]);
