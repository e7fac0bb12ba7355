/** @jsxImportSource preact */
// The live caption feed with the classifier's label on clinician utterances. Caption text is PHI
// and untrusted page content: it is only ever rendered as a text node.
// Bounded: the panel holds and renders the newest FEED_MAX lines only (window.ts) and says how many
// came before (they are in the call summary), so the DOM is the same size at minute 60 as at
// minute 1. The list is a focusable scroll box (arrow keys / Page Up scroll it) and not a live
// region: screen readers are not read every caption; the prompt card is the live region.
import type { LabelledUtterance } from '../../coach/types';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../common/i18n';
import { LABEL_KEYS } from './keys';
import { FEED_MAX } from './model';
import { newest } from './window';

export function LiveFeed({ feed, earlier = 0 }: { feed: LabelledUtterance[]; earlier?: number }) {
  const t = useT();
  const win = newest(feed, FEED_MAX);
  const items = win.shown;
  const before = earlier + win.earlier;
  // Keep the newest caption in view, unless the clinician scrolled up to read something. Reading
  // scrollHeight makes the browser lay the panel out there and then, on every caption: skipped while
  // the feed's disclosure is closed (the default during a call; it cost the bench ~7 ms a caption
  // between the row's insertion and the label's), and done once when it opens instead.
  const list = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);
  useLayoutEffect(() => {
    const el = list.current;
    if (el && pinned.current && !hidden(el)) el.scrollTop = el.scrollHeight;
  }, [items.length, items[items.length - 1]?.id]);
  useEffect(() => {
    const box = list.current?.closest('details');
    if (!box) return;
    const opened = (): void => {
      const el = list.current;
      if (el && box.open && pinned.current) el.scrollTop = el.scrollHeight;
    };
    box.addEventListener('toggle', opened);
    return () => box.removeEventListener('toggle', opened);
  }, []);
  return (
    <section class="ac-feed" aria-labelledby="ac-feed-h">
      <h2 id="ac-feed-h">{t('panel_feed_heading')}</h2>
      {items.length === 0 ? <p class="ac-empty">{t('panel_feed_empty')}</p> : null}
      {before > 0 ? <p class="ac-note" data-feed-earlier={before}>{t('panel_feed_earlier', [before])}</p> : null}
      <ol
        class="ac-feed-list"
        ref={list}
        tabIndex={0}
        aria-labelledby="ac-feed-h"
        onScroll={(e) => {
          const el = e.currentTarget;
          pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {items.map((u) => {
          const label = u.role === 'clinician' ? u.label : undefined;
          const score = label && u.scores ? u.scores[label] : undefined;
          // Unsure: the model's label stays in data-label, marked unsure; it counts for nothing.
          const unsure = label !== undefined && u.unsure === true;
          return (
            <li key={u.id} class={`ac-utt ac-role-${u.role}${unsure ? ' ac-unsure' : ''}`} data-utterance-id={u.id} data-role={u.role} data-label={label} data-unsure={unsure ? 'true' : undefined}>
              <span class="ac-speaker">{u.speaker}</span>
              {label ? (
                <span class="ac-label">
                  {t(LABEL_KEYS[label])}
                  {score !== undefined ? <span class="ac-conf"> {t('panel_confidence', [Math.round(score * 100)])}</span> : null}
                  {unsure ? <span class="ac-unsure-mark" title={t('panel_unsure_note')}> · {t('panel_unsure')}</span> : null}
                </span>
              ) : null}
              <p class="ac-text">{u.text}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Inside a closed disclosure: not rendered, nothing to scroll (a selector match, no layout). */
function hidden(el: Element): boolean {
  return el.closest('details:not([open])') !== null;
}
