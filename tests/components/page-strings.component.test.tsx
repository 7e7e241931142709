/**
 * The about and privacy pages bring their own English text (it is not in the home page's bundle):
 * each page shows its words, never the keys behind them, and the privacy page keeps the title
 * and "cleared" notice the home page's code holds.
 */
import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import AboutPage from '../../src/pages/about-page';
import PrivacyPage from '../../src/pages/privacy-page';

const KEY = /\b(about|privacy)\.[a-zA-Z]+\b/;

describe('pages that bring their own strings', () => {
  it('the about page shows its headings and text, not keys', () => {
    render(
      <LocationProvider>
        <AboutPage />
      </LocationProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'About Best Start Finder' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Using it without a signal' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(KEY);
  });

  it('the privacy page shows its title, what is kept and the clear button, not keys', () => {
    render(
      <LocationProvider>
        <PrivacyPage />
      </LocationProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy and your device' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What is kept on this device' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear everything saved on this device' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(KEY);
  });
});
