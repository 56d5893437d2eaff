// Issue 4 over real HTTP: another user's sets cannot be read, changed, deleted, exported or
// imported into; oversized imports are 413. Checked afterwards with the owner's own requests.
import { expect, test, type APIResponse, type Browser, type Page } from "@playwright/test";
import { expectSignedIn, signUp, uniqueEmail } from "./helpers";

test.describe.configure({ mode: "serial" });

interface SetSummary {
  id: string;
  title: string;
  description: string;
  visibility: string;
  cardCount: number;
}

async function newUser(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { name, email: uniqueEmail("api-sets") });
  await expectSignedIn(page, name);
  return page;
}

async function expectError(res: APIResponse, status: number, code?: string) {
  expect(res.status(), await res.text()).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.message).toBeTruthy();
  if (code) expect(body.error.code).toBe(code);
}

async function setsOf(page: Page): Promise<SetSummary[]> {
  const res = await page.request.get("/api/sets");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { sets: SetSummary[] }).sets;
}

async function createSet(page: Page, title: string, cards: { front: string; back: string }[]) {
  const res = await page.request.post("/api/sets", { data: { title, description: "説明" } });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const cardIds: string[] = [];
  for (const custom of cards) {
    const added = await page.request.post(`/api/sets/${id}/cards`, { data: { custom } });
    expect(added.status(), await added.text()).toBe(201);
    cardIds.push(((await added.json()) as { id: string }).id);
  }
  return { id, cardIds };
}

async function exportText(page: Page, setId: string) {
  const res = await page.request.get(`/api/sets/${setId}/export?format=quizlet`);
  expect(res.status()).toBe(200);
  return res.text();
}

let owner: Page;
let other: Page;
let priv: { id: string; cardIds: string[] };
let pub: { id: string; cardIds: string[] };

test.beforeAll(async ({ browser }, info) => {
  info.setTimeout(120_000);
  owner = await newUser(browser, "セット所有者");
  other = await newUser(browser, "他の学習者");
  priv = await createSet(owner, "所有者の非公開セット", [{ front: "非公開の表", back: "非公開の裏" }]);
  pub = await createSet(owner, "所有者の公開セット", [{ front: "公開の表", back: "公開の裏" }]);
  const made = await owner.request.patch(`/api/sets/${pub.id}`, { data: { visibility: "public" } });
  expect(made.status(), await made.text()).toBe(200);
});

test("another user's private set: read, queue, export, edit, delete, cards, import, copy are 404 and nothing changes", async () => {
  const before = await exportText(owner, priv.id);
  const id = priv.id;
  expect((await other.request.get(`/sets/${id}`)).status()).toBe(404);
  expect((await setsOf(other)).map((s) => s.id)).not.toContain(id);
  await expectError(await other.request.get(`/api/study/queue?set=${id}`), 404, "set_not_found");
  for (const format of ["anki", "quizlet", "csv"]) {
    await expectError(await other.request.get(`/api/sets/${id}/export?format=${format}`), 404, "set_not_found");
  }
  await expectError(await other.request.patch(`/api/sets/${id}`, { data: { title: "乗っ取り", visibility: "public" } }), 404, "set_not_found");
  await expectError(await other.request.delete(`/api/sets/${id}`), 404, "set_not_found");
  await expectError(await other.request.post(`/api/sets/${id}/cards`, { data: { custom: { front: "侵入", back: "侵入" } } }), 404, "set_not_found");
  await expectError(await other.request.patch(`/api/sets/${id}/cards`, { data: { cardId: priv.cardIds[0], front: "改ざん", back: "改ざん" } }), 404, "set_not_found");
  await expectError(await other.request.delete(`/api/sets/${id}/cards`, { data: { cardId: priv.cardIds[0] } }), 404, "set_not_found");
  await expectError(await other.request.post(`/api/sets/${id}/import`, { data: { text: "表\t裏\n" } }), 404, "set_not_found");
  await expectError(await other.request.post(`/api/sets/${id}/copy`, { data: {} }), 404, "set_not_found");
  await expectError(await other.request.post(`/api/sets/${id}/copy`, { data: { shareCode: "notarealcode" } }), 404, "set_not_found");

  // The other user's own set cannot take in the private card either.
  const mine = await createSet(other, "自分のセット", []);
  await expectError(await other.request.post(`/api/sets/${mine.id}/cards`, { data: { cardIds: [priv.cardIds[0]] } }), 404, "card_not_found");
  expect((await setsOf(other)).find((s) => s.id === mine.id)?.cardCount).toBe(0);
  expect((await setsOf(other)).map((s) => s.title)).not.toContain("所有者の非公開セット");

  // Nothing changed for the owner.
  const after = (await setsOf(owner)).find((s) => s.id === id)!;
  expect(after).toMatchObject({ title: "所有者の非公開セット", visibility: "private", cardCount: 1 });
  expect(await exportText(owner, id)).toBe(before);
  expect(before).toContain("非公開の表");
});

test("another user's public set: readable, but edit, delete, cards and import are 403 and nothing changes", async () => {
  const before = await exportText(owner, pub.id);
  expect(await exportText(other, pub.id)).toBe(before);
  await expectError(await other.request.patch(`/api/sets/${pub.id}`, { data: { title: "乗っ取り" } }), 403, "forbidden");
  await expectError(await other.request.delete(`/api/sets/${pub.id}`), 403, "forbidden");
  await expectError(await other.request.post(`/api/sets/${pub.id}/cards`, { data: { custom: { front: "侵入", back: "侵入" } } }), 403, "forbidden");
  await expectError(await other.request.patch(`/api/sets/${pub.id}/cards`, { data: { cardId: pub.cardIds[0], front: "改ざん", back: "改ざん" } }), 403, "forbidden");
  await expectError(await other.request.delete(`/api/sets/${pub.id}/cards`, { data: { cardId: pub.cardIds[0] } }), 403, "forbidden");
  await expectError(await other.request.post(`/api/sets/${pub.id}/import`, { data: { text: "表\t裏\n" } }), 403, "forbidden");
  const after = (await setsOf(owner)).find((s) => s.id === pub.id)!;
  expect(after).toMatchObject({ title: "所有者の公開セット", visibility: "public", cardCount: 1 });
  expect(await exportText(owner, pub.id)).toBe(before);
});

test("signed out: writing is 401, reading a private set is 404", async ({ request }) => {
  await expectError(await request.post("/api/sets", { data: { title: "匿名" } }), 401, "unauthenticated");
  await expectError(await request.patch(`/api/sets/${pub.id}`, { data: { title: "匿名" } }), 401);
  await expectError(await request.delete(`/api/sets/${priv.id}`), 401);
  await expectError(await request.post(`/api/sets/${priv.id}/import`, { data: { text: "表\t裏\n" } }), 401);
  await expectError(await request.get(`/api/sets/${priv.id}/export`), 404, "set_not_found");
  expect((await setsOf(owner)).find((s) => s.id === priv.id)?.cardCount).toBe(1);
});

test("bad bodies on one's own set: oversized import 413, wrong type 415, malformed 400; nothing imported", async () => {
  const id = priv.id;
  const before = await exportText(owner, id);
  const huge = "表\t裏\n".repeat(200_000); // ~1.6 MB, over the 1 MB import limit
  await expectError(await owner.request.post(`/api/sets/${id}/import`, { data: { text: huge } }), 413, "body_too_large");
  await expectError(await owner.request.post(`/api/sets/${id}/import`, { headers: { "content-type": "text/tab-separated-values" }, data: "表\t裏\n" }), 415);
  await expectError(await owner.request.post(`/api/sets/${id}/import`, { headers: { "content-type": "application/json" }, data: Buffer.from('{"text":') }), 400, "invalid_json");
  await expectError(await owner.request.post(`/api/sets/${id}/import`, { data: { text: "" } }), 400, "invalid_input");
  await expectError(await owner.request.post(`/api/sets/${id}/import`, { data: { text: "表\t裏", format: "apkg" } }), 400, "invalid_input");
  await expectError(await owner.request.patch(`/api/sets/${id}`, { data: { visibility: "everyone" } }), 400, "invalid_input");
  await expectError(await owner.request.patch(`/api/sets/${id}`, { data: { title: "x".repeat(9000) } }), 413);
  await expectError(await owner.request.post("/api/sets", { data: { title: "" } }), 400, "invalid_input");
  const after = (await setsOf(owner)).find((s) => s.id === id)!;
  expect(after).toMatchObject({ title: "所有者の非公開セット", visibility: "private", cardCount: 1 });
  expect(await exportText(owner, id)).toBe(before);
});
