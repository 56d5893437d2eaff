"use client";
// An ordering question's items: drag an item by its handle (mouse, pen or touch, via pointer
// events) or move it with its ↑/↓ buttons (keyboard and screen readers); each move is announced.
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { moveItem } from "@/lib/quiz/move-item";

export function OrderList({ items, onChange }: { items: string[]; onChange: (next: string[]) => void }) {
  const t = useTranslations("quiz");
  const listRef = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    onChange(moveItem(items, from, to));
    setAnnounce(t("moved", { item: items[from]!, position: to + 1, total: items.length }));
  };

  /** The index whose row the pointer is over (by the rows' vertical midpoints). */
  const indexAt = (clientY: number): number => {
    const rows = [...(listRef.current?.children ?? [])] as HTMLElement[];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!.getBoundingClientRect();
      if (clientY < r.top + r.height / 2) return i;
    }
    return rows.length - 1;
  };

  return (
    <>
      <ol ref={listRef} className="space-y-2" data-testid="order-list">
        {items.map((item, i) => (
          <li key={item} className={`flex items-center gap-2 rounded border px-3 py-2 ${dragging === i ? "border-accent bg-accent-soft" : "border-stone-200 bg-white"}`}>
            <span
              aria-hidden="true"
              data-testid="drag-handle"
              className="cursor-grab touch-none select-none px-1 text-lg text-stone-500"
              onPointerDown={(e) => {
                e.currentTarget.setPointerCapture(e.pointerId);
                setDragging(i);
              }}
              onPointerMove={(e) => {
                if (dragging === null) return;
                const to = indexAt(e.clientY);
                if (to !== dragging) {
                  move(dragging, to);
                  setDragging(to);
                }
              }}
              onPointerUp={() => setDragging(null)}
              onPointerCancel={() => setDragging(null)}
            >
              ⠿
            </span>
            <span className="w-6 text-stone-500">{i + 1}.</span>
            <span className="flex-1">{item}</span>
            <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} className="rounded border px-2 text-sm" aria-label={`${t("moveUp")}: ${item}`}>↑</button>
            <button type="button" onClick={() => move(i, i + 1)} disabled={i === items.length - 1} className="rounded border px-2 text-sm" aria-label={`${t("moveDown")}: ${item}`}>↓</button>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">{announce}</p>
    </>
  );
}
