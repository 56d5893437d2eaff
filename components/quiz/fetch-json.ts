// Small client helper: JSON in, JSON out, errors as { code, message }.
export interface ApiError {
  code: string;
  message: string;
  status: number;
}

export async function callJson<T>(url: string, method: string, body?: unknown): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) return { ok: false, error: { status: res.status, code: data?.error?.code ?? "error", message: data?.error?.message ?? res.statusText } };
  return { ok: true, data: data as T };
}
