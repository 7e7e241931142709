/**
 * Every link the app builds from an id or a parameter goes through here, so that a value is
 * always one path segment or one query value, whatever it holds: "../about" or "a/b?c#d" stay
 * inside /services/, and "x&handover=0" cannot add a parameter. Pure.
 * (The catalogue validator also limits ids to [A-Za-z0-9._:-] and forbids "." and "..", the
 * two segments no encoding can carry: browsers treat %2E%2E as ".." too.)
 */

/** One path segment, percent-encoded. */
export const pathSegment = (value: string): string => encodeURIComponent(value);

/** One query value, percent-encoded except ":" and ",", which mean nothing there and keep answers readable. */
export const queryValue = (value: string): string => encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

export const servicePath = (id: string): string => `/services/${pathSegment(id)}`;
export const lifeStagePath = (id: string): string => `/life-stages/${pathSegment(id)}`;
export const categoryPath = (id: string): string => `/categories/${pathSegment(id)}`;
export const pathwayPath = (id: string): string => `/contact/${pathSegment(id)}`;

/**
 * A path with a query string from [name, value] pairs; pairs whose value is undefined, false
 * or "" are left out. `true` writes "name=1".
 */
export function withQuery(path: string, params: readonly [string, string | boolean | undefined][]): string {
  const parts = params
    .filter(([, value]) => value !== undefined && value !== false && value !== '')
    .map(([name, value]) => `${queryValue(name)}=${value === true ? '1' : queryValue(value as string)}`);
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}
