import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { formatPhone, nationalDigits } from './phone';
import { PhoneInput } from './PhoneInput';

describe('formatPhone', () => {
  it.each([
    ['+998 90 123-45-67', '+998 90 123 45 67'],
    ['90 123 45 67', '+998 90 123 45 67'],
    ['998901234567', '+998 90 123 45 67'],
    ['+998 (90) 123.45.67', '+998 90 123 45 67'],
    ['  901234567 ', '+998 90 123 45 67'],
  ])('tidies "%s" into "%s"', (typed, tidy) => {
    expect(formatPhone(typed)).toBe(tidy);
  });

  it.each([
    ['+7 912 345 67 89'], // another country: the API says so
    ['90 123 45 6'], // a digit short
    ['090 123 45 67'], // an operator code with a leading 0
    ['+901234567'], // nine digits after a +: not a national number
    ['90 123 45 67 ext'], // letters
  ])('leaves "%s" as typed (trimmed) for the API to judge', (typed) => {
    expect(formatPhone(typed)).toBe(typed.trim());
    expect(nationalDigits(typed)).toBeNull();
  });
});

function Harness({ error }: { error?: string }) {
  const [value, setValue] = useState('');
  return (
    <>
      <PhoneInput id="phone" label="Phone number" hint="For example +998 90 123 45 67" value={value} onChange={setValue} error={error} />
      <output data-testid="value">{value}</output>
      <button type="button">next</button>
    </>
  );
}

describe('PhoneInput', () => {
  it('takes the number as typed and tidies it on leaving the field', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByLabelText('Phone number');
    expect(input).toHaveProperty('type', 'tel');
    expect(input.getAttribute('autocomplete')).toBe('tel');

    await user.type(input, '90 123-45-67');
    expect(screen.getByTestId('value').textContent).toBe('90 123-45-67'); // nothing rewritten while typing
    await user.tab();
    expect((input as HTMLInputElement).value).toBe('+998 90 123 45 67');
  });

  it('leaves what is not an Uzbek number as typed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByLabelText('Phone number');
    await user.type(input, '+7 912 345 67 89');
    await user.tab();
    expect((input as HTMLInputElement).value).toBe('+7 912 345 67 89');
  });

  it('ties its error and hint to the input', () => {
    render(<Harness error="Enter an Uzbek number" />);
    const input = screen.getByLabelText('Phone number');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('phone-error phone-hint');
    expect(document.getElementById('phone-error')?.textContent).toBe('Enter an Uzbek number');
  });

  it('is not marked invalid without an error', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Phone number');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.getAttribute('aria-describedby')).toBe('phone-hint');
  });
});
