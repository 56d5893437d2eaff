// Small fetch helper for the set forms: JSON in, {ok, data, message} out.
export async function callApi(url: string, method: string, body?: unknown): Promise<{ ok: boolean; data: unknown; message: string }> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  const message = (data as { error?: { message?: string } } | null)?.error?.message ?? (res.ok ? "" : String(res.status));
  return { ok: res.ok, data, message };
}
