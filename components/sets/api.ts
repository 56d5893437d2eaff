// Small fetch helper for the set forms: JSON in, {ok, data, code} out (code → message with useApiError).
export async function callApi(url: string, method: string, body?: unknown): Promise<{ ok: boolean; data: unknown; code: string }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, data: null, code: "network" };
  }
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  const code = res.ok ? "" : ((data as { error?: { code?: string } } | null)?.error?.code ?? "generic");
  return { ok: res.ok, data, code };
}
