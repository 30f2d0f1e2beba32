/** Reads an amount typed by the person (`2`, `2.5`, `2,50`); null unless it is above zero in whole cents. */
export function parseAmount(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d{1,7}(?:\.\d{1,2})?$/.test(normalised)) return null;
  const amount = Number(normalised);
  return amount > 0 ? amount : null;
}
