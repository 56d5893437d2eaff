/** The list with the item at `from` moved to `to` (others keep their order); the input is not changed. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const n = [...items];
  if (from < 0 || from >= n.length || to < 0 || to >= n.length) return n;
  const [x] = n.splice(from, 1);
  n.splice(to, 0, x as T);
  return n;
}
