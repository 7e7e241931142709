/** Adds the CSP <meta> fallback to index.html and writes dist/_headers and dist/_redirects (see security-headers.ts). */
import type { Plugin } from 'vite';
import { contentSecurityPolicy, headersFile, REDIRECTS_FILE, type HeaderOptions } from './security-headers';

export function securityHeadersPlugin(options: HeaderOptions): Plugin {
  return {
    name: 'best-start-security-headers',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(options, true) },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(options) });
      this.emitFile({ type: 'asset', fileName: '_redirects', source: REDIRECTS_FILE });
    },
  };
}
