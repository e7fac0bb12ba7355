/** @jsxImportSource preact */
// The live caption feed with the classifier's label on clinician utterances. Caption text is PHI
// and untrusted page content: it is only ever rendered as a text node.
import type { LabelledUtterance } from '../../coach/types';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../common/i18n';
import { LABEL_KEYS } from './keys';
import { FEED_MAX } from './model';

export function LiveFeed({ feed }: { feed: LabelledUtterance[] }) {
  const t = useT();
  const items = feed.slice(-FEED_MAX);
  // Keep the newest caption in view, unless the clinician scrolled up to read something.
  const list = useRef<HTMLOListElement>(null);
  const pinned = useRef(true);
  useLayoutEffect(() => {
    const el = list.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [items.length, items[items.length - 1]?.id]);
  return (
    <section class="ac-feed" aria-labelledby="ac-feed-h">
      <h2 id="ac-feed-h">{t('panel_feed_heading')}</h2>
      {items.length === 0 ? <p class="ac-empty">{t('panel_feed_empty')}</p> : null}
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
