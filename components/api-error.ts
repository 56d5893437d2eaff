"use client";
// API errors as the user reads them: the error's code picks a message from messages/<locale>/
// apiErrors.json; the server's English text is never shown. Unknown codes get the generic one.
import { useTranslations } from "next-intl";
import { useCallback } from "react";

export interface ApiErrorLike {
  code?: string | null;
}

/** The error code of a failed response's JSON body ({ error: { code } }), or "generic". */
export function errorCodeOf(payload: unknown): string {
  const code = (payload as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === "string" && code ? code : "generic";
}

export function useApiError(): (error: ApiErrorLike | string | null | undefined) => string {
  const t = useTranslations("apiErrors");
  return useCallback(
    (error) => {
      const code = typeof error === "string" ? error : error?.code;
      return code && t.has(code as "generic") ? t(code as "generic") : t("generic");
    },
    [t],
  );
}
