// Values that were ignored, and why: admins debug their policy here, users see why a choice did
// not stick. The rejected value itself is never shown (it may be a name).
import { isSettingKey } from '../../settings/catalog';
import type { SettingProblem } from '../../settings/merge';
import { msgKey, type Translate } from './types';

export function ProblemList({ problems, t }: { problems: SettingProblem[]; t: Translate }) {
  if (problems.length === 0) return null;
  return (
    <section class="problems" aria-labelledby="problems-h" data-problems={problems.length}>
      <h2 id="problems-h">{t('options_problemsTitle')}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.source}:${p.key}:${i}`} data-problem-key={p.key} data-problem-code={p.code}>
            <span class="source">{t(p.source === 'managed' ? 'options_sourceManaged' : 'options_sourceUser')}</span>{' '}
            <span class="key">{p.key === '*' ? t('options_problemWhole') : isSettingKey(p.key) ? t(`settings_${p.key}_title`) : p.key}</span>
            {': '}
            <span class="reason">{t(`options_problem_${msgKey(p.code)}`) || p.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
