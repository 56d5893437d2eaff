"use client";

// next-auth's client module is loaded on the click, not with every page that shows the header
// (issue 12: less script to run before a phone's page is interactive).
export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={async () => (await import("next-auth/react")).signOut({ callbackUrl: "/" })}
      className="rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100"
    >
      {label}
    </button>
  );
}
