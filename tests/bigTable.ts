// A large municipal table as Sotkanet and PxWeb long exports are laid out: municipality × year × indicator.
// Deterministic, for the heartbeat test and the bench.

/**
 * About 20 MB: 308 municipalities × 30 years × 50 indicators = 462 000 rows of
 * `"091 Helsinki";"1995";"Indikaattori 01";123,4` with a PxWeb title line.
 */
export function bigMunicipalTable(
  municipalities: readonly { code: string; name: string }[],
): string {
  const lines = [
    '"Suuri testitaulukko (keksitty): kunta × vuosi × indikaattori"',
    "",
    '"Alue";"Vuosi";"Tiedot";"Arvo"',
  ];
  let seed = 1;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 1; i <= 50; i++) {
    const indicator = `Indikaattori ${String(i).padStart(2, "0")} (keksitty)`;
    for (let year = 1995; year < 2025; year++)
      for (const m of municipalities)
        lines.push(
          `"${m.code} ${m.name}";"${year}";"${indicator}";${(next() * 1000).toFixed(1).replace(".", ",")}`,
        );
  }
  return `${lines.join("\n")}\n`;
}
