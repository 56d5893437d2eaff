"use client";

import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "./field";

type FieldErrors = Partial<Record<"name" | "email" | "password" | "instructorCode", string[]>>;
const PASSWORD_MIN = 10;

export function SignUpForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const message = (code: string | undefined) =>
    code ? t(`errors.${code}` as "errors.required", { min: PASSWORD_MIN }) : undefined;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setErrors({});
    setFormError(null);
    const form = new FormData(e.currentTarget);
    const body = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      instructorCode: String(form.get("instructorCode") ?? ""),
      locale,
    };
    const res = await fetch("/api/users", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).catch(() => null);
    if (!res) {
      setPending(false);
      setFormError(t("genericError"));
      return;
    }
    if (res.status === 201) {
      await signIn("credentials", { email: body.email, password: body.password, redirect: false });
      router.push("/");
      router.refresh();
      return;
    }
    setPending(false);
    const payload = (await res.json().catch(() => null)) as { error?: { code?: string; fields?: FieldErrors } } | null;
    if (payload?.error?.fields) setErrors(payload.error.fields);
    else if (payload?.error?.code === "body_too_large") setFormError(message("body_too_large") ?? null);
    else setFormError(t("genericError"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label={t("name")} name="name" autoComplete="nickname" required error={message(errors.name?.[0])} />
      <Field label={t("email")} name="email" type="email" autoComplete="email" required error={message(errors.email?.[0])} />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        error={message(errors.password?.[0])}
      />
      <Field
        label={t("instructorCode")}
        name="instructorCode"
        autoComplete="off"
        hint={t("instructorCodeHint")}
        error={message(errors.instructorCode?.[0])}
      />
      {formError && <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">{formError}</p>}
      <button type="submit" disabled={pending} className="w-full rounded bg-accent px-4 py-2 font-medium text-white hover:opacity-90 disabled:opacity-60">
        {t("submitSignUp")}
      </button>
    </form>
  );
}
