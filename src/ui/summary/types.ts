import type { ModelInfo } from '../../sessions/record';
// Props of the summary page components. Data comes in by props, actions go out by callbacks; the
// entry (src/entries/summary) owns the store, the policy, i18n, downloads and printing.
import type { Label } from '../../classifier/labels';
import type { ExportChoice, ExportPolicy } from '../../sessions/export';
import type { CallRecord } from '../../sessions/record';
import type { ListItem } from '../../sessions/store';
import type { T } from '../common/i18n';
import type { NoteTarget } from '../../sessions/notes';

export interface CallListProps {
  calls: readonly ListItem[];
  t: T;
  /** BCP 47 locale for dates (the browser's UI language); undefined = the runtime default. */
  locale?: string;
  selectedId?: string;
  onOpen: (callId: string) => void;
  /** A corrupted call can still be deleted. */
  onDelete?: (callId: string) => void;
  /** When given, a "Delete all calls" button (with confirmation) is shown. */
  onDeleteAll?: () => void;
  /** When given, a button opens the Progress view. */
  onProgress?: () => void;
}

export interface CallSummaryProps {
  record: CallRecord;
  t: T;
  policy: ExportPolicy;
  locale?: string;
  /** Per-label F1 from the model card; falls back to the record's model info. */
  /** The installed model's info; used when the call was labelled by that same model (same sha256). */
  model?: ModelInfo;
  /** label null = withdraw the dispute (the model was right). */
  onDispute: (utteranceId: string, label: Label | null) => void;
  onExport: (choice: ExportChoice) => void;
  onDelete: (callId: string) => void;
  onDeleteAll?: () => void;
  onPrint?: () => void;
  onBack?: () => void;
  /** The record is a de-identified copy (print under a de-identified-only policy): year only, notice shown. */
  deidentified?: boolean;
  /** Save a review note (empty text removes it); absent = notes are read-only. */
  /** Resolves whether the note was stored (the editor only then says "Saved."). */
  onNote?: (target: NoteTarget, text: string) => void | Promise<boolean>;
}
