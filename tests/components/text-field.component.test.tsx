/**
 * One text field for every form: the label names the input, the hint and the error are read with
 * it (aria-describedby), and an error marks the input for screen readers and in colour.
 */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TextField } from '../../src/components/text-field';

describe('a text field', () => {
  it('is named by its label and described by its hint, then its error', () => {
    render(<TextField id="given-by" label="Given by" hint="Your name or team" error="Enter a name" autoComplete="off" inputMode="text" />);
    const input = screen.getByLabelText('Given by');
    expect(input.getAttribute('aria-describedby')).toBe('given-by-hint given-by-error');
    expect(document.getElementById('given-by-hint')?.textContent).toBe('Your name or team');
    expect(document.getElementById('given-by-error')?.textContent).toBe('Enter a name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.className).toBe('input input--error');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('inputmode')).toBe('text');
  });

  it('without a hint or an error, describes nothing and is not marked invalid', () => {
    render(<TextField id="child-name" label="Name (optional)" inputClass="plan-form__name" />);
    const input = screen.getByLabelText('Name (optional)');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.className).toBe('input plan-form__name');
  });

  it('can be marked invalid when the message belongs to a group (a date’s day, month and year)', () => {
    render(<TextField id="day" label="Day" labelClass="date-input__label" invalid />);
    const input = screen.getByLabelText('Day');
    expect(input.className).toBe('input input--error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(document.querySelector('label')?.className).toBe('date-input__label');
  });
});
