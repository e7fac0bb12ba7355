// A review note (on the call, or on one coaching moment): a labelled text area and a Save button.
// The text is the clinician's own; it is stored encrypted with the call and rendered only as text.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX } from '../../sessions/notes';
import type { T } from '../common/i18n';

export interface NoteEditorProps {
  /** 'call' or the prompt id: the data-note-for hook. */
  id: string;
  label: string;
  value: string;
  t: T;
  /** Resolves whether the note is stored; "Saved." is only said once it is. */
  onSave: (text: string) => void | Promise<boolean>;
  /** With no note yet, show only an "Add a note" button until asked (keeps moments compact). */
  compact?: boolean;
  /** The button's text in compact mode. */
  addLabel?: string;
}

export function NoteEditor({ id, label, value, t, onSave, compact, addLabel }: NoteEditorProps) {
  const [text, setText] = useState(value);
  const [saved, setSaved] = useState(false);
  const [asked, setAsked] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setText(value), [value]);
  useLayoutEffect(() => {
    if (asked) field.current?.focus();
  }, [asked]);
  const fieldId = `ac-note-${id}`;
  if (compact && !asked && !value && !saved) {
    return (
      <div class="note-editor no-print" data-note-for={id}>
        <button type="button" data-note-add={id} onClick={() => setAsked(true)}>
          {addLabel ?? label}
        </button>
      </div>
    );
  }
  return (
    <div class="note-editor" data-note-for={id}>
      <label for={fieldId}>{label}</label>
      <textarea
        id={fieldId}
        ref={field}
        rows={2}
        maxLength={NOTE_MAX}
        value={text}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setSaved(false);
        }}
      />
      <span class="buttons no-print">
        <button
          type="button"
          data-note-save={id}
          disabled={text.trim() === value.trim()}
          onClick={() => {
            // Say "Saved." only once the encrypted store has the note (a reload right after must find it).
            void Promise.resolve(onSave(text)).then((ok) => setSaved(ok !== false), () => setSaved(false));
          }}
        >
          {t('summary_note_save')}
        </button>
        <span class="note" role="status">
          {saved ? t('summary_note_saved') : ''}
        </span>
      </span>
    </div>
  );
}
