// A small diagonal hatch drawn at run time, so the style needs no sprite file.

/** RGBA pixels of a size × size tile with a dark diagonal stroke, two pixels wide. */
export function hatchPattern(size = 8, rgba: [number, number, number, number] = [40, 40, 40, 150]) {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const d = (x + y) % size;
      if (d === 0 || d === 1) data.set(rgba, (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}
