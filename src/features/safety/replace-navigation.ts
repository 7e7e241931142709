/**
 * On a sensitive screen every in-app link (Back, Change your answer, Give to family, hand-over)
 * replaces the current history entry instead of adding one, so the answers in those addresses
 * do not pile up in the browser's history. Use as the onClick of an element around the screen:
 * it runs after the link's own handler and before the router's (which listens on window).
 */
type Route = (url: string, replace?: boolean) => void;

/** `route` is preact-iso's, from useLocation(). */
export const replaceInAppNavigation =
  (route: Route) =>
  (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link || link.origin !== location.origin || link.target || link.download) return;
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) return;
    event.preventDefault();
    event.stopPropagation();
    route(link.pathname + link.search, true);
  };
