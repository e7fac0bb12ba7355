// The stored calls, newest first: date, platform, duration; a call that cannot be decrypted is
// flagged (and can only be deleted), never hidden, so the user knows it exists.
import { clockText } from '../../sessions/metric-rows';
import { ConfirmButton } from './confirm-button';
import type { CallListProps } from './types';

const PLATFORM_NAMES: Record<string, string> = { meet: 'Google Meet', teams: 'Microsoft Teams', zoom: 'Zoom', jitsi: 'Jitsi Meet' };

export function CallList({ calls, t, locale, selectedId, onOpen, onDelete, onDeleteAll, onProgress }: CallListProps) {
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="call-list">
      <h1>{t('summary_list_title')}</h1>
      {onProgress && (
        <p>
          <button type="button" data-action="progress" onClick={onProgress}>
            {t('progress_open')}
          </button>
        </p>
      )}
      {calls.length === 0 && <p class="empty">{t('summary_list_empty')}</p>}
      <ul>
        {calls.map((c) => (
          <li key={c.callId} data-call-id={c.callId} data-status={c.status} aria-current={c.callId === selectedId ? 'true' : undefined}>
            <span class="date">{fmt.format(c.startedAt)}</span> <span class="platform">{PLATFORM_NAMES[c.platform] ?? c.platform}</span>{' '}
            <span class="duration">{clockText(c.endedAt - c.startedAt)}</span>{' '}
            {c.status === 'ok' ? (
              <button type="button" data-action="open" onClick={() => onOpen(c.callId)}>
                {t('summary_open')}
              </button>
            ) : (
              <span class="corrupted" data-corrupted="true">
                {t('summary_corrupted')}
              </span>
            )}
            {c.status !== 'ok' && onDelete && (
              <ConfirmButton label={t('summary_delete')} question={t('summary_confirm_delete')} yes={t('summary_confirm_yes')} no={t('summary_cancel')} action="delete" onConfirm={() => onDelete(c.callId)} />
            )}
          </li>
        ))}
      </ul>
      {onDeleteAll && calls.length > 0 && (
        <ConfirmButton label={t('summary_delete_all')} question={t('summary_confirm_delete_all')} yes={t('summary_confirm_yes')} no={t('summary_cancel')} action="delete-all" onConfirm={onDeleteAll} />
      )}
    </section>
  );
}
