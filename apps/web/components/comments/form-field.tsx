import type { ChangeEvent } from 'react';

type FormFieldProps = {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  error?: string;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'email' | 'url';
  autoComplete?: string;
  maxLength?: number;
  describedBy?: string;
};

/** A labelled field with its server-side error next to it, announced and linked. */
export function FormField({ id, label, error, required, multiline, describedBy, type = 'text', ...input }: FormFieldProps) {
  const errorId = `${id}-error`;
  const describedByIds = [error ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined;
  const shared = { id, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedByIds, ...input };
  return (
    <p className={`comment-form__field comment-form__field--${id}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <>
            {' '}
            <span className="required" aria-hidden="true">
              *
            </span>
          </>
        ) : null}
      </label>
      {multiline ? <textarea rows={8} {...shared} /> : <input type={type} {...shared} />}
      {error ? (
        <span id={errorId} className="comment-form__error">
          {error}
        </span>
      ) : null}
    </p>
  );
}
