// A destructive action behind an inline confirmation (no window.confirm: components make no
// browser calls, and an in-page question is clearer and testable).
import { useState } from 'preact/hooks';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  yes: string;
  no: string;
  action: string;
  onConfirm: () => void;
}

export function ConfirmButton({ label, question, yes, no, action, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="danger" data-action={action} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" data-confirm={action}>
      <span>{question}</span>{' '}
      <button
        type="button"
        class="danger"
        data-confirm-yes={action}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {yes}
      </button>{' '}
      <button type="button" data-confirm-no={action} onClick={() => setAsking(false)}>
        {no}
      </button>
    </span>
  );
}
