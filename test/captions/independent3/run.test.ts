// A third, independently written set of caption scenarios (session 19: one helper per platform,
// each writing from /work/shared/research/caption-platforms.md only, without reading the adapters,
// the product's fixtures or the earlier sets), run by the shared runner.
import { withProductTiming } from '../independent/kit.ts';
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
  // With the product's own timing (coalesced reads, 1 s polls). Run over the whole set once, these
  // were the ones where timing decides: a root switch racing the first word (the Zoom panel replay
  // duplicated it under load), rewrites of a block already read, lines refined in place.
  [
    'product timing',
    [
      ...withProductTiming(zoomScenarios, ['zoom for healthcare: pre-join, captions on late, transcript opened after overlay turns', 'zoom transcript panel: closed and reopened mid-call, history replayed once']),
      ...withProductTiming(meetScenarios, ['meet: late corrections — an earlier block is rewritten while the next speaker talks, a block shrinks on re-punctuation']),
      ...withProductTiming(jitsiScenarios, ['jitsi: transcriber rewrites unstable words and shrinks before the final']),
    ],
  ],
]);
