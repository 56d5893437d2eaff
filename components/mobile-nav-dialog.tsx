"use client";
// The phone header's menu dialog (Radix): every navigation link, the language switch and
// sign-out. Loaded by components/mobile-nav.tsx when the menu is first opened.
import { Dialog } from "radix-ui";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface MobileNavDialogProps {
  items: { href: string; label: string }[];
  label: string;
  closeLabel: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Focus goes back to the menu button when the dialog closes. */
  returnFocus(): void;
  children?: React.ReactNode;
}

export function MobileNavDialog({ items, label, closeLabel, open, onOpenChange, returnFocus, children }: MobileNavDialogProps) {
  const pathname = usePathname();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <Dialog.Content
          className="fixed inset-x-0 top-0 z-50 max-h-[90vh] overflow-y-auto rounded-b-lg bg-white p-4 shadow-lg"
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
        >
          <div className="mb-2 flex items-center justify-between">
            <Dialog.Title className="text-lg font-bold">{label}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="rounded border border-stone-300 px-3 py-1.5 text-sm">{closeLabel}</button>
            </Dialog.Close>
          </div>
          <nav aria-label={label}>
            <ul className="grid grid-cols-2 gap-2">
              {items.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={() => onOpenChange(false)}
                    aria-current={pathname === item.href ? "page" : undefined}
                    className="block rounded border border-stone-200 px-3 py-2 aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {children && <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-stone-200 pt-3 text-sm">{children}</div>}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
