// Issue 5 over real HTTP: a role × resource matrix for quizzes, attempts, classes, assignments,
// gradebook and item analysis — signed out, a learner in the class, another learner in the
// class, a learner from elsewhere, the class's instructor and another instructor — with foreign
// ids, tampered time fields and bad bodies. "Nothing written" is checked with follow-up requests.
import { expect, test, type APIResponse, type Browser, type Page } from "@playwright/test";
import { E2E_INSTRUCTOR_CODE } from "../../playwright.config";
import { expectSignedIn, signUp, uniqueEmail } from "./helpers";

test.describe.configure({ mode: "serial" });

interface AttemptView {
  attemptId: string;
  status: string;
  total: number;
  answered: number;
  question: { id: string; kind: "multiple_choice" | "ordering" | "typed"; options?: string[] } | null;
  deadline: string | null;
}
interface Gradebook {
  assignments: { id: string }[];
  learners: { id: string; name: string; cells: { assignmentId: string; status: string; attempts: number }[] }[];
}

async function newUser(browser: Browser, name: string, instructor = false): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, { name, email: uniqueEmail("api-quiz"), instructorCode: instructor ? E2E_INSTRUCTOR_CODE : "" });
  await expectSignedIn(page, name);
  return page;
}

async function expectError(res: APIResponse, status: number, code?: string) {
  expect(res.status(), `${res.url()}: ${await res.text()}`).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.message).toBeTruthy();
  if (code) expect(body.error.code).toBe(code);
}

async function json<T>(res: APIResponse, status: number): Promise<T> {
  expect(res.status(), `${res.url()}: ${await res.text()}`).toBe(status);
  return (await res.json()) as T;
}

const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

function validAnswer(q: NonNullable<AttemptView["question"]>): string | string[] {
  if (q.kind === "multiple_choice") return q.options![0]!;
  if (q.kind === "ordering") return [...q.options!];
  return "ぴょんやん";
}

// The cast: the class's instructor, another instructor, two learners in the class, a learner of
// another class; anonymous requests use the `request` fixture (no cookies).
let teacher: Page;
let otherTeacher: Page;
let member: Page;
let member2: Page;
let outsider: Page;
let ids: { member: string; member2: string; outsider: string };
let setId: string;
let quizId: string;
let classId: string;
let joinCode: string;
let foreignClassId: string;
let foreignJoinCode: string;
let assignmentId: string;
let sharedSetId: string;
let attemptId: string;
let deadline: string;
let nextQuestion: NonNullable<AttemptView["question"]>;

const gradebook = async () => json<Gradebook>(await teacher.request.get(`/api/classes/${classId}/gradebook`), 200);
const roster = async () => (await json<{ learners: { id: string }[] }>(await teacher.request.get(`/api/classes/${classId}/roster`), 200)).learners.map((l) => l.id);
const view = async (page: Page, id = attemptId) => json<AttemptView>(await page.request.get(`/api/attempts/${id}`), 200);

test.beforeAll(async ({ browser }, info) => {
  info.setTimeout(180_000);
  teacher = await newUser(browser, "API講師", true);
  otherTeacher = await newUser(browser, "API他講師", true);
  member = await newUser(browser, "API受講者");
  member2 = await newUser(browser, "API受講者二");
  outsider = await newUser(browser, "API部外者");

  const sets = (await json<{ sets: { id: string; builtin: boolean; cardCount: number; slug: string | null }[] }>(await teacher.request.get("/api/sets"), 200)).sets;
  const builtin = sets.filter((s) => s.builtin && s.cardCount >= 4);
  expect(builtin.length).toBeGreaterThan(0);
  for (const s of builtin) {
    const res = await teacher.request.post("/api/quizzes", {
      data: { title: "API小テスト", setId: s.id, questionCount: 3, kinds: ["multiple_choice", "ordering", "typed"], timeLimitSec: 900, attemptsAllowed: 1 },
    });
    if (res.status() === 201) {
      setId = s.id;
      quizId = ((await res.json()) as { quiz: { id: string } }).quiz.id;
      break;
    }
  }
  expect(quizId).toBeTruthy();

  const cls = (await json<{ class: { id: string; joinCode: string } }>(await teacher.request.post("/api/classes", { data: { name: "API 3年B組" } }), 201)).class;
  ({ id: classId, joinCode } = cls);
  const foreign = (await json<{ class: { id: string; joinCode: string } }>(await otherTeacher.request.post("/api/classes", { data: { name: "API 他クラス" } }), 201)).class;
  ({ id: foreignClassId, joinCode: foreignJoinCode } = foreign);
  await json(await member.request.post("/api/classes/join", { data: { code: joinCode } }), 200);
  await json(await member2.request.post("/api/classes/join", { data: { code: joinCode.toLowerCase() } }), 200);
  await json(await outsider.request.post("/api/classes/join", { data: { code: foreignJoinCode } }), 200);
  const learners = (await json<{ learners: { id: string; name: string }[] }>(await teacher.request.get(`/api/classes/${classId}/roster`), 200)).learners;
  const others = (await json<{ learners: { id: string; name: string }[] }>(await otherTeacher.request.get(`/api/classes/${foreignClassId}/roster`), 200)).learners;
  ids = { member: learners.find((l) => l.name === "API受講者")!.id, member2: learners.find((l) => l.name === "API受講者二")!.id, outsider: others[0]!.id };

  assignmentId = (await json<{ assignment: { id: string } }>(
    await teacher.request.post(`/api/classes/${classId}/assignments`, { data: { title: "API課題", kind: "quiz", quizId, opensAt: iso(-3_600_000), dueAt: iso(86_400_000) } }),
    201,
  )).assignment.id;
});

test("signed out: every quiz, attempt, class and assignment route is 401", async ({ request }) => {
  const fake = "does-not-exist";
  const calls: [string, () => Promise<APIResponse>][] = [
    ["create quiz", () => request.post("/api/quizzes", { data: { title: "x", setId, questionCount: 1, kinds: ["typed"] } })],
    ["start attempt", () => request.post(`/api/quizzes/${quizId}/attempts`, { data: { assignmentId } })],
    ["read attempt", () => request.get(`/api/attempts/${fake}`)],
    ["answer", () => request.post(`/api/attempts/${fake}/answers`, { data: { questionId: "q", answer: "a" } })],
    ["submit", () => request.post(`/api/attempts/${fake}/submit`)],
    ["results", () => request.get(`/api/attempts/${fake}/results`)],
    ["create class", () => request.post("/api/classes", { data: { name: "x" } })],
    ["join", () => request.post("/api/classes/join", { data: { code: joinCode } })],
    ["roster", () => request.get(`/api/classes/${classId}/roster`)],
    ["remove learner", () => request.delete(`/api/classes/${classId}/learners/${ids.member}`)],
    ["create assignment", () => request.post(`/api/classes/${classId}/assignments`, { data: { title: "x", kind: "quiz", quizId, opensAt: iso(0), dueAt: iso(60_000) } })],
    ["gradebook", () => request.get(`/api/classes/${classId}/gradebook`)],
    ["gradebook csv", () => request.get(`/api/classes/${classId}/gradebook?format=csv`)],
    ["item analysis", () => request.get(`/api/assignments/${assignmentId}/items`)],
    ["my assignments", () => request.get("/api/assignments")],
  ];
  for (const [, call] of calls) await expectError(await call(), 401, "unauthenticated");
  expect(await roster()).toEqual([ids.member, ids.member2]);
  expect((await gradebook()).assignments.map((a) => a.id)).toEqual([assignmentId]);
});

test("create quiz: learners 403, another user's private set 404, unknown or tampered fields 400", async () => {
  const body = { title: "x", setId, questionCount: 2, kinds: ["multiple_choice"] };
  await expectError(await member.request.post("/api/quizzes", { data: body }), 403, "forbidden");
  await expectError(await outsider.request.post("/api/quizzes", { data: body }), 403, "forbidden");
  const privateSet = await json<{ id: string }>(await member.request.post("/api/sets", { data: { title: "受講者の非公開セット" } }), 201);
  await expectError(await otherTeacher.request.post("/api/quizzes", { data: { ...body, setId: privateSet.id } }), 404, "set_not_found");
  // A "shared" set is reached by its share code only, never by its id.
  sharedSetId = (await json<{ id: string }>(await member.request.post("/api/sets", { data: { title: "受講者の共有セット" } }), 201)).id;
  await json(await member.request.patch(`/api/sets/${sharedSetId}`, { data: { visibility: "shared" } }), 200);
  await expectError(await otherTeacher.request.post("/api/quizzes", { data: { ...body, setId: sharedSetId } }), 404, "set_not_found");
  await expectError(await teacher.request.post("/api/quizzes", { data: { ...body, setId: "no-such-set" } }), 404, "set_not_found");
  await expectError(await teacher.request.post("/api/quizzes", { data: { ...body, ownerId: ids.member } }), 400, "invalid_input");
  await expectError(await teacher.request.post("/api/quizzes", { data: { ...body, timeLimitSec: 1 } }), 400, "invalid_input");
  await expectError(await teacher.request.post("/api/quizzes", { data: { ...body, kinds: ["essay"] } }), 400, "invalid_input");
  await expectError(await teacher.request.post("/api/quizzes", { headers: { "content-type": "text/plain" }, data: JSON.stringify(body) }), 415);
  await expectError(await teacher.request.post("/api/quizzes", { data: { ...body, title: "x".repeat(10_000) } }), 413);
});

test("class resources × roles: roster, gradebook (JSON and CSV), item analysis, create assignment, remove learner", async () => {
  const asMatrix: [string, (p: Page) => Promise<APIResponse>, { learner: number; otherInstructor: number }][] = [
    ["roster", (p) => p.request.get(`/api/classes/${classId}/roster`), { learner: 403, otherInstructor: 404 }],
    ["gradebook", (p) => p.request.get(`/api/classes/${classId}/gradebook`), { learner: 403, otherInstructor: 404 }],
    ["gradebook csv", (p) => p.request.get(`/api/classes/${classId}/gradebook?format=csv`), { learner: 403, otherInstructor: 404 }],
    ["item analysis", (p) => p.request.get(`/api/assignments/${assignmentId}/items`), { learner: 403, otherInstructor: 404 }],
    ["create assignment", (p) => p.request.post(`/api/classes/${classId}/assignments`, { data: { title: "乗っ取り課題", kind: "quiz", quizId, opensAt: iso(0), dueAt: iso(60_000) } }), { learner: 403, otherInstructor: 404 }],
    ["create study assignment", (p) => p.request.post(`/api/classes/${classId}/assignments`, { data: { title: "乗っ取り課題", kind: "study", setId, targetReviews: 5, opensAt: iso(0), dueAt: iso(60_000) } }), { learner: 403, otherInstructor: 404 }],
    ["remove learner", (p) => p.request.delete(`/api/classes/${classId}/learners/${ids.member}`), { learner: 403, otherInstructor: 404 }],
  ];
  for (const [name, call, expected] of asMatrix) {
    for (const learner of [member, member2, outsider]) await expectError(await call(learner), expected.learner, expected.learner === 403 ? "forbidden" : undefined);
    const res = await call(otherTeacher);
    expect(res.status(), name).toBe(expected.otherInstructor);
  }
  // The class's instructor reads them all; the CSV is CSV.
  expect(await roster()).toEqual([ids.member, ids.member2]);
  const book = await gradebook();
  expect(book.assignments.map((a) => a.id)).toEqual([assignmentId]);
  expect(book.learners.map((l) => l.id)).toEqual([ids.member, ids.member2]);
  const csv = await teacher.request.get(`/api/classes/${classId}/gradebook?format=csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("API受講者");
  await json(await teacher.request.get(`/api/assignments/${assignmentId}/items`), 200);

  // Foreign ids the other way: the instructor cannot reach the other instructor's class.
  await expectError(await teacher.request.get(`/api/classes/${foreignClassId}/roster`), 404, "class_not_found");
  await expectError(await teacher.request.get(`/api/classes/${foreignClassId}/gradebook?format=csv`), 404, "class_not_found");
  await expectError(await teacher.request.delete(`/api/classes/${foreignClassId}/learners/${ids.outsider}`), 404, "class_not_found");
  await expectError(await teacher.request.post(`/api/classes/${foreignClassId}/assignments`, { data: { title: "x", kind: "quiz", quizId, opensAt: iso(0), dueAt: iso(60_000) } }), 404, "class_not_found");
  // …nor assign the instructor's quiz from their own class; nor remove someone not in the class.
  await expectError(await otherTeacher.request.post(`/api/classes/${foreignClassId}/assignments`, { data: { title: "x", kind: "quiz", quizId, opensAt: iso(0), dueAt: iso(60_000) } }), 404, "quiz_not_found");
  await expectError(await teacher.request.delete(`/api/classes/${classId}/learners/${ids.outsider}`), 404, "not_enrolled");
  // …nor assign another user's private or shared set (assigning would make it visible to the class).
  for (const foreignSet of [sharedSetId, "no-such-set"]) {
    await expectError(await teacher.request.post(`/api/classes/${classId}/assignments`, { data: { title: "x", kind: "study", setId: foreignSet, targetReviews: 5, opensAt: iso(0), dueAt: iso(60_000) } }), 404, "set_not_found");
  }
  await expectError(await teacher.request.get(`/api/sets/${sharedSetId}/export`), 404, "set_not_found");
  // Bad assignment bodies: due before open, tampered fields, missing quiz.
  await expectError(await teacher.request.post(`/api/classes/${classId}/assignments`, { data: { title: "x", kind: "quiz", quizId, opensAt: iso(60_000), dueAt: iso(0) } }), 400, "invalid_input");
  await expectError(await teacher.request.post(`/api/classes/${classId}/assignments`, { data: { title: "x", kind: "quiz", quizId, opensAt: iso(0), dueAt: iso(60_000), classId: foreignClassId } }), 400, "invalid_input");
  await expectError(await teacher.request.post(`/api/classes/${classId}/assignments`, { data: { title: "x", kind: "quiz", opensAt: iso(0), dueAt: iso(60_000) } }), 400, "invalid_input");

  // Nothing written: the same roster, the same single assignment, the other class untouched.
  expect(await roster()).toEqual([ids.member, ids.member2]);
  expect((await gradebook()).assignments.map((a) => a.id)).toEqual([assignmentId]);
  const foreignBook = await json<Gradebook>(await otherTeacher.request.get(`/api/classes/${foreignClassId}/gradebook`), 200);
  expect(foreignBook.assignments).toEqual([]);
  expect(foreignBook.learners.map((l) => l.id)).toEqual([ids.outsider]);
});

test("join: a wrong code is 404, instructors 403, bad bodies 400/413; nobody joins", async () => {
  await expectError(await outsider.request.post("/api/classes/join", { data: { code: "ZZZZZZZZ" } }), 404, "invalid_code");
  await expectError(await outsider.request.post("/api/classes/join", { data: { code: "" } }), 404, "invalid_code");
  await expectError(await outsider.request.post("/api/classes/join", { data: { code: joinCode, classId } }), 400, "invalid_input");
  await expectError(await outsider.request.post("/api/classes/join", { data: { code: "x".repeat(2000) } }), 413);
  await expectError(await outsider.request.post("/api/classes/join", { headers: { "content-type": "application/json" }, data: Buffer.from("{code") }), 400, "invalid_json");
  await expectError(await otherTeacher.request.post("/api/classes/join", { data: { code: joinCode } }), 403, "forbidden");
  expect(await roster()).toEqual([ids.member, ids.member2]);
  const mine = await json<{ assignments: { id: string }[] }>(await outsider.request.get("/api/assignments"), 200);
  expect(mine.assignments.map((a) => a.id)).not.toContain(assignmentId);
});

test("start attempt × roles: outsiders, other instructors and tampered bodies are refused; one attempt per learner", async () => {
  await expectError(await outsider.request.post(`/api/quizzes/${quizId}/attempts`, { data: { assignmentId } }), 404, "assignment_not_found");
  await expectError(await outsider.request.post(`/api/quizzes/${quizId}/attempts`, { data: {} }), 404, "quiz_not_found");
  await expectError(await otherTeacher.request.post(`/api/quizzes/${quizId}/attempts`, { data: { assignmentId } }), 404, "assignment_not_found");
  await expectError(await otherTeacher.request.post(`/api/quizzes/${quizId}/attempts`, { data: {} }), 404, "quiz_not_found");
  await expectError(await member.request.post(`/api/quizzes/${quizId}/attempts`, { data: {} }), 404, "quiz_not_found");
  await expectError(await member.request.post("/api/quizzes/not-a-quiz/attempts", { data: { assignmentId } }), 404, "quiz_not_found");
  for (const tampered of [{ deadline: iso(86_400_000) }, { startedAt: iso(-60_000) }, { timeLimitSec: 999_999 }, { elapsedMs: 0 }]) {
    await expectError(await member.request.post(`/api/quizzes/${quizId}/attempts`, { data: { assignmentId, ...tampered } }), 400, "invalid_input");
  }
  await expectError(await member.request.post(`/api/quizzes/${quizId}/attempts`, { headers: { "content-type": "text/plain" }, data: "{}" }), 415);
  // Nothing written: the gradebook shows no attempt for anyone.
  for (const l of (await gradebook()).learners) expect(l.cells[0]?.attempts).toBe(0);

  const started = await json<{ attemptId: string; resumed: boolean }>(await member.request.post(`/api/quizzes/${quizId}/attempts`, { data: { assignmentId } }), 201);
  expect(started.resumed).toBe(false);
  attemptId = started.attemptId;
  const again = await json<{ attemptId: string; resumed: boolean }>(await member.request.post(`/api/quizzes/${quizId}/attempts`, { data: { assignmentId } }), 200);
  expect(again).toEqual({ attemptId, resumed: true });
  const v = await view(member);
  expect(v.status).toBe("in_progress");
  expect(v.deadline).not.toBeNull();
  deadline = v.deadline!;
  expect(Date.parse(deadline)).toBeLessThanOrEqual(Date.now() + 900_000 + 5_000);
  // The instructor may try out their own quiz outside the assignment.
  await json(await teacher.request.post(`/api/quizzes/${quizId}/attempts`, { data: {} }), 201);
});

test("another user's attempt id: read, answer, submit and results are 404 (results 409 for the instructor while in progress)", async () => {
  const q = (await view(member)).question!;
  const answer = { questionId: q.id, answer: validAnswer(q) };
  for (const p of [member2, outsider, otherTeacher, teacher]) {
    await expectError(await p.request.get(`/api/attempts/${attemptId}`), 404, "attempt_not_found");
    await expectError(await p.request.post(`/api/attempts/${attemptId}/answers`, { data: answer }), 404, "attempt_not_found");
    await expectError(await p.request.post(`/api/attempts/${attemptId}/submit`), 404, "attempt_not_found");
  }
  for (const p of [member2, outsider, otherTeacher]) await expectError(await p.request.get(`/api/attempts/${attemptId}/results`), 404, "attempt_not_found");
  await expectError(await teacher.request.get(`/api/attempts/${attemptId}/results`), 409, "in_progress");
  await expectError(await member.request.get(`/api/attempts/${attemptId}/results`), 409, "in_progress");
  await expectError(await member.request.get("/api/attempts/not-an-attempt"), 404, "attempt_not_found");
  // Nothing written: still in progress, nothing answered, the same deadline.
  const v = await view(member);
  expect(v).toMatchObject({ status: "in_progress", answered: 0, deadline });
});

test("answers: not in the attempt 404, tampered time fields 400, bad shapes 400/413/415, twice 409; the deadline never moves", async () => {
  const q = (await view(member)).question!;
  const answer = validAnswer(q);
  const url = `/api/attempts/${attemptId}/answers`;
  await expectError(await member.request.post(url, { data: { questionId: "not-in-this-attempt", answer } }), 404, "question_not_in_attempt");
  for (const tampered of [
    { deadline: iso(86_400_000) },
    { startedAt: iso(-60_000) },
    { elapsedMs: 0 },
    { timeMs: 1 },
    { answeredAt: iso(-60_000) },
    { remainingMs: 9_999_999 },
    { score: 1 },
  ]) {
    await expectError(await member.request.post(url, { data: { questionId: q.id, answer, ...tampered } }), 400, "invalid_input");
  }
  await expectError(await member.request.post(url, { data: { questionId: q.id } }), 400, "invalid_input");
  await expectError(await member.request.post(url, { data: { questionId: q.id, answer: 42 } }), 400, "invalid_input");
  if (q.kind === "multiple_choice") await expectError(await member.request.post(url, { data: { questionId: q.id, answer: "どの選択肢でもない" } }), 400, "invalid_answer");
  if (q.kind === "ordering") await expectError(await member.request.post(url, { data: { questionId: q.id, answer: q.options!.slice(1) } }), 400, "invalid_answer");
  await expectError(await member.request.post(url, { data: { questionId: q.id, answer: "x".repeat(9000) } }), 413);
  await expectError(await member.request.post(url, { headers: { "content-type": "text/plain" }, data: JSON.stringify({ questionId: q.id, answer }) }), 415);
  await expectError(await member.request.post(url, { headers: { "content-type": "application/json" }, data: Buffer.from(`{"questionId":"${q.id}",`) }), 400, "invalid_json");
  expect(await view(member)).toMatchObject({ status: "in_progress", answered: 0, deadline });

  await json(await member.request.post(url, { data: { questionId: q.id, answer } }), 201);
  await expectError(await member.request.post(url, { data: { questionId: q.id, answer } }), 409, "already_answered");
  const v = await view(member);
  expect(v).toMatchObject({ status: "in_progress", answered: 1, deadline });
  expect(v.question?.id).not.toBe(q.id);
  nextQuestion = v.question!;
});

test("submit, results and attempt limits: the learner and the instructor see the results, nobody else; no second attempt", async () => {
  const url = `/api/attempts/${attemptId}/answers`;
  const submitted = await json<{ status: string; score: number; maxScore: number }>(await member.request.post(`/api/attempts/${attemptId}/submit`), 200);
  expect(submitted.status).toBe("submitted");
  expect((await json<{ status: string }>(await member.request.post(`/api/attempts/${attemptId}/submit`), 200)).status).toBe("submitted");
  await expectError(await member.request.post(url, { data: { questionId: nextQuestion.id, answer: validAnswer(nextQuestion) } }), 409, "attempt_closed");
  expect(await view(member)).toMatchObject({ status: "submitted", answered: 1, deadline });

  const mine = await json<{ score: number; maxScore: number; questions: unknown[] }>(await member.request.get(`/api/attempts/${attemptId}/results`), 200);
  expect(mine.questions.length).toBe(mine.maxScore);
  expect((await json<{ learnerName: string }>(await teacher.request.get(`/api/attempts/${attemptId}/results`), 200)).learnerName).toBe("API受講者");
  for (const p of [member2, outsider, otherTeacher]) await expectError(await p.request.get(`/api/attempts/${attemptId}/results`), 404, "attempt_not_found");

  await expectError(await member.request.post(`/api/quizzes/${quizId}/attempts`, { data: { assignmentId } }), 409, "no_attempts_left");
  const row = (await gradebook()).learners.find((l) => l.id === ids.member)!;
  expect(row.cells[0]).toMatchObject({ assignmentId, attempts: 1 });
  expect(row.cells[0]?.status).not.toBe("not_started");
  expect((await json<{ attempts: number }>(await teacher.request.get(`/api/assignments/${assignmentId}/items`), 200)).attempts).toBe(1);
});

test("removing a learner: only the class's instructor; a removed learner cannot rejoin or start", async () => {
  await expectError(await otherTeacher.request.delete(`/api/classes/${classId}/learners/${ids.member2}`), 404, "class_not_found");
  await expectError(await member.request.delete(`/api/classes/${classId}/learners/${ids.member2}`), 403, "forbidden");
  expect(await roster()).toEqual([ids.member, ids.member2]);
  await json(await teacher.request.delete(`/api/classes/${classId}/learners/${ids.member2}`), 200);
  await expectError(await teacher.request.delete(`/api/classes/${classId}/learners/${ids.member2}`), 404, "not_enrolled");
  expect(await roster()).toEqual([ids.member]);
  await expectError(await member2.request.post("/api/classes/join", { data: { code: joinCode } }), 403, "removed");
  await expectError(await member2.request.post(`/api/quizzes/${quizId}/attempts`, { data: { assignmentId } }), 404, "assignment_not_found");
  const list = await json<{ assignments: { id: string }[] }>(await member2.request.get("/api/assignments"), 200);
  expect(list.assignments.map((a) => a.id)).not.toContain(assignmentId);
  expect(await roster()).toEqual([ids.member]);
});
