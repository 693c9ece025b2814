import type { InputHTMLAttributes } from 'react';
import { describedBy } from './FieldErrors';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

/**
 * A labelled text input of a form that shows one message for all its fields: while `errorsId`
 * names that message, the input is marked invalid and points at it.
 */
export function InputField({
  id,
  label,
  value,
  onValue,
  errorsId,
  ...input
}: InputProps & {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  errorsId: string | undefined;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        {...input}
        value={value}
        aria-invalid={errorsId !== undefined}
        aria-describedby={describedBy(errorsId)}
        onChange={(event) => onValue(event.target.value)}
      />
    </div>
  );
}
