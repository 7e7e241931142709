/**
 * The preview server (`npm start`, the e2e tests) answers an address with a malformed escape
 * ("/services/%E0%A4%A") with the app, not a bare 404: the app then shows its own "Page not
 * found" with the header and "Exit this page", as it does for any unknown address. Without
 * this, a first visit to such a link (no service worker yet) got a blank error page.
 */
import type { Plugin } from 'vite';

/** Whether the path part of `url` can be decoded (query strings are the app's to judge). */
export function hasDecodablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    // The result is used, so a bundler cannot drop the call as free of side effects.
    return typeof decodeURIComponent(path) === 'string';
  } catch {
    return false;
  }
}

export function malformedUrlPlugin(): Plugin {
  return {
    name: 'bsf-malformed-url',
    configurePreviewServer(server) {
      // Before any middleware sees the request: several decode the path and answer 404 on failure.
      server.httpServer?.prependListener('request', (req) => {
        if (req.url && !hasDecodablePath(req.url)) req.url = '/';
      });
    },
  };
}
