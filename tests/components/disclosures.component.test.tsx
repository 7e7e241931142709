/**
 * The header's two disclosures, "Menu" and the language list, as a keyboard or pointer user meets
 * them: each button says whether its panel is open, Escape closes the panel and puts focus back on
 * its button, a click elsewhere closes the floating language list but leaves the menu open.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { Layout } from '../../src/components/layout';

function show() {
  render(
    <LocationProvider>
      <Layout>
        <p>Page body</p>
      </Layout>
    </LocationProvider>,
  );
  const menu = screen.getByRole('button', { name: 'Menu' });
  const nav = document.getElementById('site-navigation')!;
  const languages = document.querySelector<HTMLButtonElement>('.language-switcher__toggle')!;
  const list = document.getElementById('language-list')!;
  return { menu, nav, languages, list };
}

describe('the header disclosures', () => {
  it('"Menu" opens its navigation, and Escape inside it closes it and gives focus back to "Menu"', () => {
    const { menu, nav } = show();
    expect(menu.getAttribute('aria-controls')).toBe('site-navigation');
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(nav.classList.contains('header__nav--open')).toBe(true);
    const link = nav.querySelector('a')!;
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(nav.classList.contains('header__nav--open')).toBe(false);
    expect(document.activeElement).toBe(menu);
  });

  it('the language list opens, and Escape from one of its languages closes it and gives focus back to its button', () => {
    const { languages, list } = show();
    expect(languages.getAttribute('aria-controls')).toBe('language-list');
    expect(list.hidden).toBe(true);
    fireEvent.click(languages);
    expect(languages.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    const option = list.querySelector('button')!;
    option.focus();
    fireEvent.keyDown(option, { key: 'Escape' });
    expect(list.hidden).toBe(true);
    expect(document.activeElement).toBe(languages);
  });

  it('a click elsewhere closes the language list, not a click inside it, and leaves the menu open', () => {
    const { menu, nav, languages, list } = show();
    fireEvent.click(menu);
    fireEvent.click(languages);
    expect(list.hidden).toBe(false);
    // Opening the language list is a click outside the menu: the menu stays open beside it.
    expect(nav.classList.contains('header__nav--open')).toBe(true);
    fireEvent.click(list);
    expect(list.hidden).toBe(false);
    fireEvent.click(screen.getByText('Page body'));
    expect(list.hidden).toBe(true);
    expect(languages.getAttribute('aria-expanded')).toBe('false');
    expect(nav.classList.contains('header__nav--open')).toBe(true);
  });
});
