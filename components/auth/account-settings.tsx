"use client";
// Changing the password and deleting the account. Both end every session (the server bumps the
// session version), so on success the browser signs out too.
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";

const field = "mt-1 w-full rounded border border-stone-300 px-2 py-1 sm:w-64";

async function send(url: string, method: string, body: unknown): Promise<{ ok: true } | { ok: false; message: string }> {
  const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (res.ok) return { ok: true };
  const data = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return { ok: false, message: data?.error?.message ?? String(res.status) };
}

export function AccountSettings() {
  const t = useTranslations("settings.account");
  const [error, setError] = useState("");
  const [deletePassword, setDeletePassword] = useState("");

  async function changePassword(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setError("");
    const r = await send("/api/users/me/password", "PUT", { currentPassword: String(f.get("currentPassword")), newPassword: String(f.get("newPassword")) });
    if (r.ok) await signOut({ callbackUrl: "/signin" });
    else setError(t("error", { message: r.message }));
  }

  async function deleteAccount() {
    setError("");
    const r = await send("/api/users/me", "DELETE", { password: deletePassword });
    if (r.ok) await signOut({ callbackUrl: "/" });
    else setError(t("error", { message: r.message }));
  }

  return (
    <section className="space-y-4 rounded border border-stone-200 bg-white p-4" aria-labelledby="account-heading">
      <h2 id="account-heading" className="text-lg font-bold">{t("title")}</h2>
      <form onSubmit={changePassword} className="space-y-3" data-testid="password-form">
        <div>
          <label htmlFor="currentPassword" className="block font-bold">{t("currentPassword")}</label>
          <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required className={field} />
        </div>
        <div>
          <label htmlFor="newPassword" className="block font-bold">{t("newPassword")}</label>
          <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" minLength={10} required aria-describedby="newPassword-help" className={field} />
          <p id="newPassword-help" className="text-sm text-stone-600">{t("signsOutEverywhere")}</p>
        </div>
        <button type="submit" className="rounded bg-accent px-4 py-2 text-white">{t("changePassword")}</button>
      </form>
      <div className="space-y-2 border-t border-stone-200 pt-4">
        <label htmlFor="deletePassword" className="block font-bold">{t("deletePassword")}</label>
        <input id="deletePassword" type="password" autoComplete="current-password" value={deletePassword} onChange={(e) => setDeletePassword(e.target.value)} className={field} />
        <div>
          <ConfirmDialog
            trigger={<button type="button" disabled={!deletePassword} className="rounded border border-red-300 px-3 py-1 text-red-800 disabled:opacity-40">{t("delete")}</button>}
            title={t("deleteTitle")}
            description={t("deleteDescription")}
            confirmLabel={t("deleteConfirm")}
            cancelLabel={t("cancel")}
            onConfirm={() => void deleteAccount()}
          />
        </div>
      </div>
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}
    </section>
  );
}
