"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "./field";

const THROTTLED_PREFIX = "throttled:";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    const res = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (res?.ok && !res.error) {
      router.push(callbackUrl);
      router.refresh();
      return;
    }
    if (res?.error?.startsWith(THROTTLED_PREFIX)) {
      const seconds = Number(res.error.slice(THROTTLED_PREFIX.length)) || 60;
      setError(seconds < 120 ? t("throttledSeconds", { seconds }) : t("throttled", { minutes: Math.ceil(seconds / 60) }));
    } else if (res?.error === "CredentialsSignin") {
      setError(t("invalidCredentials"));
    } else {
      setError(t("genericError"));
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-describedby={error ? "signin-error" : undefined}>
      <Field label={t("email")} name="email" type="email" autoComplete="email" required maxLength={254} />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required maxLength={256} />
      {error && <p id="signin-error" role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">{error}</p>}
      <button type="submit" disabled={pending} className="w-full rounded bg-accent px-4 py-2 font-medium text-white hover:opacity-90 disabled:opacity-60">
        {t("submitSignIn")}
      </button>
    </form>
  );
}
