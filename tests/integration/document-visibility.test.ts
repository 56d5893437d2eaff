// Who sees an upload (docs/decisions/0008-document-visibility.md): its uploader and the active
// learners of the uploader's classes until it is published; signed-out visitors and other users
// only once published. The built-in corpus is public and read-only for everyone.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeLearner } from "@/lib/assignments/remove-learner";
import type { Viewer } from "@/lib/auth/viewer";
import { createClass } from "@/lib/classes/create-class";
import { joinClass } from "@/lib/classes/join-class";
import { loadBuiltinContent } from "@/lib/corpus/load";
import { importDocument } from "@/lib/documents/import-document";
import { setDocumentPublished } from "@/lib/documents/publish-document";
import { listDocuments } from "@/lib/documents/queries";
import { getReaderData } from "@/lib/documents/reader-data";
import { requireDocumentReviewer } from "@/lib/facts/review-guard";
import { reviewFact } from "@/lib/facts/review-fact";
import { loadTimelineFacts } from "@/lib/timeline/load";
import { freshDatabase, PROVIDERS, type TestDatabase } from "./support/databases";

const NEWS = fs.readFileSync("lib/extract/__fixtures__/sample-news.txt", "utf8");

describe.each(PROVIDERS)("[%s] document visibility", (provider) => {
  let t: TestDatabase;
  let teacher: Viewer, otherTeacher: Viewer, member: Viewer, outsider: Viewer;
  let docId: string, slug: string, classId: string;

  const sees = async (viewer: Viewer | null) => ({
    listed: (await listDocuments(t.db, viewer)).some((d) => d.id === docId),
    reader: (await getReaderData(t.db, slug, viewer)) !== null,
    timeline: (await loadTimelineFacts(t.db, viewer)).some((f) => f.documentSlug === slug),
  });

  beforeAll(async () => {
    t = await freshDatabase(provider);
    const mk = async (name: string, role: Viewer["role"]): Promise<Viewer> => ({ id: (await t.db.user.create({ data: { email: `${name}@example.com`, name, passwordHash: "x", role } })).id, role });
    teacher = await mk("teacher", "instructor");
    otherTeacher = await mk("other", "instructor");
    member = await mk("member", "learner");
    outsider = await mk("outsider", "learner");
    const created = await importDocument(t.db, { text: NEWS, origin: "paste" }, teacher.id);
    docId = created.id;
    slug = (await t.db.document.findUniqueOrThrow({ where: { id: docId } })).slug;
    // An approved dated fact, so the timeline has something of this document to show or hide.
    const dated = await t.db.fact.findFirstOrThrow({ where: { documentId: docId, dateValue: { not: null } } });
    await reviewFact(t.db, teacher, dated.id, { action: "approve" });
    const cls = await createClass(t.db, teacher, { name: "A組" });
    classId = cls.id;
    await joinClass(t.db, member, cls.joinCode);
  });
  afterAll(async () => t.drop());

  it("an unpublished upload: its uploader and their class's learners, nobody else", async () => {
    const all = { listed: true, reader: true, timeline: true };
    const none = { listed: false, reader: false, timeline: false };
    expect(await sees(teacher)).toEqual(all);
    expect(await sees(member)).toEqual(all);
    expect(await sees(outsider)).toEqual(none);
    expect(await sees(otherTeacher)).toEqual(none);
    expect(await sees(null)).toEqual(none);
  });

  it("a learner removed from the class no longer sees it", async () => {
    await removeLearner(t.db, teacher, classId, member.id, new Date());
    expect((await sees(member)).reader).toBe(false);
  });

  it("published by its uploader: everyone, signed out too; nobody else may publish it", async () => {
    await expect(setDocumentPublished(t.db, otherTeacher, docId, true)).rejects.toMatchObject({ status: 404 });
    expect((await sees(null)).listed).toBe(false);
    await setDocumentPublished(t.db, teacher, docId, true);
    expect(await sees(null)).toEqual({ listed: true, reader: true, timeline: true });
    expect((await sees(outsider)).reader).toBe(true);
  });

  it("the built-in corpus is public and nobody edits it in place", async () => {
    await loadBuiltinContent(t.db);
    const builtin = await t.db.document.findFirstOrThrow({ where: { origin: "builtin" }, include: { facts: { take: 1 } } });
    expect((await listDocuments(t.db, null)).some((d) => d.id === builtin.id)).toBe(true);
    expect((await getReaderData(t.db, builtin.slug, teacher))?.canReview).toBe(false);
    await expect(requireDocumentReviewer(t.db, teacher, builtin.id)).rejects.toMatchObject({ status: 403, code: "builtin_read_only" });
    const before = builtin.facts[0]!;
    await expect(reviewFact(t.db, teacher, before.id, { action: "reject" })).rejects.toMatchObject({ status: 403, code: "builtin_read_only" });
    expect((await t.db.fact.findUniqueOrThrow({ where: { id: before.id } })).status).toBe(before.status);
    await expect(setDocumentPublished(t.db, teacher, builtin.id, false)).rejects.toMatchObject({ status: 403 });
  });
});
