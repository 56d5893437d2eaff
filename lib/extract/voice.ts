// Whose words a whole document is: a speech, a statement, a preface or a message written in the first
// person by one speaker. Their views and commitments (…が重要です, …していきます) are positions of theirs
// even with no verb of saying. Found, in this order, from the record above the text ([演説者] 小泉純一郎内閣総理大臣),
// the title (川口外務大臣演説), a signature line (外務大臣　茂木敏充) and the writer naming their own office in
// the text (外務大臣として私が…, 私（林大臣）は…). A transcript's turns (【林外務大臣】) are per passage, not here.
import type { CleanedDocument } from "@/lib/facts/types";

/** The offices a speaker's title, signature or self-description names (the head of a body or a post). */
const OFFICES = "大臣|首相|総理|長官|大統領|知事|市長|町長|村長|区長|総裁|委員長|議長|会長|社長|理事長|学長|総長|代表|事務総長|大使|局長";
/** A title naming a speech and its speaker: 川口外務大臣演説, 首相談話, 知事の年頭挨拶. */
const SPEECH_TITLE = new RegExp(`([^\\s,，、「」［］[\\]]{2,16}?(?:${OFFICES}))(?:の|[ 　])?(?:施政方針|所信表明|外交|政策|年頭|就任|退任|定例)?(?:演説|談話|挨拶|あいさつ|スピーチ|所信表明|記者会見|会見|インタビュー)`);
/** A database record's speaker field: [演説者] …, 【発言者】…. */
const SPEAKER_FIELD = /^[ 　]*[[【［](?:演説者|発言者|講演者|話者)[\]】］][ 　]*([^\s[【［]{2,30})/m;
const OFFICE = `(?:[^\\s、。，「」()（）]{0,12}?(?:${OFFICES}))`;
/** A line that is only an office and a name (外務大臣　茂木敏充), maybe after the day it was signed. */
const SIGNATURE = new RegExp(`^(?:[^\\s]{0,16}?[年月日][ 　]*)?(${OFFICE})[ 　]+([\\p{Script=Han}々]{1,5}[ 　]?[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々]{1,6})$`, "u");
/** The writer naming their own office: 外務大臣として私が, 私（林大臣）は. */
const SELF_NAMED = new RegExp(`(${OFFICE})として(?:の)?(?:私|わたくし|わたし)(?:自身)?(?:は|が|も)|(?:私|わたくし)[（(]([^（）()]{2,20})[）)](?:は|が|も|の)`);
/** The first person speaking at the top level of the body: 私は, 私自身, 私の. */
const FIRST_PERSON = /(?<!\p{Script=Han})(?:私|わたくし)(?:自身|ども|たち)?(?:は|が|も|の|自身|[（(])/u;

/** The speaker named by a speech's title (第204通常国会における菅義偉首相の施政方針演説 → 菅義偉首相). */
export function speakerOfTitle(title: string): string | null {
  const named = SPEECH_TITLE.exec(title.replace(/[\s　]+/g, ""))?.[1];
  return named?.replace(/^.*(?:における|での|の)(?=[^の]{2,}$)/, "") ?? null;
}

/** A signature line: 外務大臣　茂木敏充 → 茂木敏充外務大臣. */
export function speakerOfSignature(line: string): string | null {
  const m = SIGNATURE.exec(line.trim());
  return m ? `${m[2]!.replace(/[ 　]/g, "")}${m[1]!}` : null;
}

/** The one speaking when the whole document is one person's words, else null. */
export function documentVoice(doc: CleanedDocument, title: string | null | undefined): string | null {
  const text = doc.text;
  // The record's fields are lines of their own, outside the body's prose.
  const record = doc.blocks.filter((b) => b.kind !== "body").map((b) => SPEAKER_FIELD.exec(text.slice(b.start, b.end))).find((m) => m);
  if (record) return record[1]!;
  const titled = title ? speakerOfTitle(title) : null;
  if (titled) return titled;
  const body = doc.blocks.filter((b) => b.kind === "body");
  const bodyText = body.map((b) => text.slice(b.start, b.end)).join("\n");
  if (!FIRST_PERSON.test(bodyText)) return null;
  // A signature stands on a short line of its own at the end (or the head) of the text.
  const lines = doc.blocks.map((b) => text.slice(b.start, b.end)).flatMap((t) => t.split("\n")).map((l) => l.trim()).filter(Boolean);
  for (const line of [...lines.slice(-3), ...lines.slice(0, 2)]) {
    const signed = line.length <= 30 ? speakerOfSignature(line) : null;
    if (signed) return signed;
  }
  const self = SELF_NAMED.exec(bodyText);
  return self ? (self[1] ?? self[2]!) : null;
}
