/**
 * A QR code made on the device (uqr), so it works with no network. Drawn as SVG rects by
 * Preact, never as an SVG string: one rect per run of dark modules keeps the DOM small.
 */
import type { ComponentChildren } from 'preact';
import { encode } from 'uqr';

/** The quiet zone scanners need around the code, in modules. */
const QUIET_ZONE = 4;

/** Dark runs per row: [x, y, length]. */
export function darkRuns(matrix: boolean[][]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  matrix.forEach((row, y) => {
    let start = -1;
    row.forEach((dark, x) => {
      if (dark && start < 0) start = x;
      if ((!dark || x === row.length - 1) && start >= 0) {
        runs.push([start, y, (dark ? x + 1 : x) - start]);
        start = -1;
      }
    });
  });
  return runs;
}

/** `tooLong` is shown instead when the text does not fit in the largest QR code. */
export function QrCode({ text, label, tooLong }: { text: string; label: string; tooLong: ComponentChildren }) {
  let qr: ReturnType<typeof encode>;
  try {
    qr = encode(text, { ecc: 'M', border: QUIET_ZONE });
  } catch {
    return <>{tooLong}</>;
  }
  return (
    <svg class="qr-code" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      {darkRuns(qr.data).map(([x, y, width]) => (
        <rect key={`${x},${y}`} x={x} y={y} width={width} height={1} fill="#000" />
      ))}
    </svg>
  );
}
