"use client";
// The phone header's menu: every navigation link, the language switch and sign-out in one
// dialog, so the header itself stays a single short row. The dialog (Radix, ~50 KB of script)
// is loaded when the menu is first opened, not before every page is interactive (issue 12).
import dynamic from "next/dynamic";
import { useRef, useState } from "react";

const MobileNavDialog = dynamic(() => import("./mobile-nav-dialog").then((m) => m.MobileNavDialog), { ssr: false });

export function MobileNav({ items, label, closeLabel, children }: {
  items: { href: string; label: string }[];
  label: string;
  closeLabel: string;
  children?: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        className="inline-flex items-center gap-1 rounded border border-stone-300 px-3 py-1.5 text-sm"
        data-testid="mobile-menu-button"
      >
        <span aria-hidden="true">☰</span> {label}
      </button>
      {loaded && (
        <MobileNavDialog items={items} label={label} closeLabel={closeLabel} open={open} onOpenChange={setOpen} returnFocus={() => button.current?.focus()}>
          {children}
        </MobileNavDialog>
      )}
    </>
  );
}
