// A smooth colour ramp through a list of colours: the uniform cubic B-spline d3-interpolate's interpolateRgbBasis draws.

/** The B-spline's weight of four neighbouring values at `t` (0–1) between the middle two. */
function basis(t: number, v0: number, v1: number, v2: number, v3: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  return (
    ((1 - 3 * t + 3 * t2 - t3) * v0 +
      (4 - 6 * t2 + 3 * t3) * v1 +
      (1 + 3 * t + 3 * t2 - 3 * t3) * v2 +
      t3 * v3) /
    6
  );
}

/** A spline through the values: t outside 0–1 is taken as its nearest end. */
function spline(values: readonly number[]): (t: number) => number {
  const n = values.length - 1;
  return (t) => {
    const at = t <= 0 ? 0 : t >= 1 ? 1 : t;
    const i = at >= 1 ? n - 1 : Math.floor(at * n);
    const v1 = values[i] as number;
    const v2 = values[i + 1] as number;
    const v0 = i > 0 ? (values[i - 1] as number) : 2 * v1 - v2;
    const v3 = i < n - 1 ? (values[i + 2] as number) : 2 * v2 - v1;
    return basis((at - i / n) * n, v0, v1, v2, v3);
  };
}

const channel = (value: number) => Math.max(0, Math.min(255, Math.round(value) || 0));

/**
 * A colour ramp through `hex` ("ffffd9edf8b1…", six hex digits per colour, at
 * least two colours), as CSS `rgb(r, g, b)` text: the same text as d3's
 * `interpolateRgbBasis` gives, so colours stay exactly those d3-scale-chromatic
 * drew (tests/unit/app/colorScale.test.ts compares them). NaN gives the first colour.
 */
export function rgbBasis(hex: string): (t: number) => string {
  const colours = hex.match(/.{6}/g) ?? [];
  const part = (shift: number) => colours.map((c) => (Number.parseInt(c, 16) >> shift) & 255);
  const [r, g, b] = [spline(part(16)), spline(part(8)), spline(part(0))];
  return (t) => `rgb(${channel(r(t))}, ${channel(g(t))}, ${channel(b(t))})`;
}
