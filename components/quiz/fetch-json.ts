// Small client helper: JSON in, JSON out, errors as { code, status } (shown with useApiError).
export interface ApiError {
  code: string;
  status: number;
  /** Field errors of an invalid_input (400). */
  fields?: Record<string, string[] | undefined>;
}

export async function callJson<T>(url: string, method: string, body?: unknown): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { ok: false, error: { status: 0, code: "network" } };
  }
  const data = res.status === 204 ? null : await res.json().catch(() => ({}));
  if (!res.ok) return { ok: false, error: { status: res.status, code: data?.error?.code ?? "generic", fields: data?.error?.fields } };
  return { ok: true, data: data as T };
}
