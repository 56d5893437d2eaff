// A transcript is read turn by turn: a Diet record (国会会議録: ○山田太郎君　…, ○委員長（佐藤花子君）　…) or a press
// conference or interview (【記者】, 記者：, Ｑ：, 問, （記者）, 山田：). Each turn opens a paragraph of its own, so
// extraction knows who holds each statement; a record's header above the first turn (the date, 出席委員, 本日の会議に
// 付した案件, ――― rules) lists who attended and what was on the agenda and tells nothing.

/** A Diet record's turn: ○ + name + 君, or ○ + office + （name + 君）, then the speech after a space. */
export const DIET_TURN = /^○([^\s　（(）)]{1,24}?)(?:[（(]([^\s　（）()]{1,16}?)君[）)]|君)(?=[\s　]|$)/;
/** A press conference's or interview's turn: 【記者】, 記者：, Ｑ：, 問, （記者）, 山田：. */
export const LABELLED_TURN =
  /^(?:【([^】\s]{1,16})】|[（(](記者|司会|質問者|回答者)[）)]|([QＱAＡ問答])[0-9０-９]*[\s　:：．.、]|([^\s　:：「」。、]{1,12})[:：])/u;

/** A turn's label as the line gives it: the name or role, the office in a Diet record, and how long the label is. */
export interface TurnLabel {
  who: string;
  office: string | null;
  /** Characters of the label and the space after it: the speech starts there. */
  length: number;
}

/** The turn a line opens, or null. */
export function turnOf(line: string): TurnLabel | null {
  const diet = DIET_TURN.exec(line);
  const labelled = diet ? null : LABELLED_TURN.exec(line);
  const m = diet ?? labelled;
  if (!m) return null;
  const length = m[0].length + (/^[\s　]*/.exec(line.slice(m[0].length))?.[0].length ?? 0);
  if (diet) return diet[2] ? { who: diet[2], office: diet[1]!, length } : { who: diet[1]!, office: null, length };
  return { who: labelled![1] ?? labelled![2] ?? labelled![3] ?? labelled![4]!, office: null, length };
}

/** Who holds what a turn says, and the sides its office stands for. */
export interface TurnSpeaker {
  /** The one speaking, by name (山本五郎) or role (記者); null for an answer whose answerer the text does not name. */
  speaker: string | null;
  sides: string[];
  /** A chair's turn: its procedural sentences (これより会議を開きます, 鈴木一郎君。) state nothing. */
  chair: boolean;
}

const QUESTIONER = /^(?:記者|[QＱ問]|質問者?)$/;
const ANSWERER = /^(?:[AＡ答]|回答者?)$/;
const CHAIR = /(?:委員長|会長|議長|座長|司会)$/;
/** Offices of the government: 内閣総理大臣, 環境大臣, 外務副大臣, 官房長官, 政府参考人. */
const GOVERNMENT = /(?:大臣|総理|長官|政務官|政府参考人|政府特別補佐人)$/;

/**
 * The speaker of a turn. An answer (Ａ：, 答) is the words of the one the document is of (a minister's press
 * conference), and so is a turn labelled by that one's office (【大臣】 in 林外務大臣会見); a question is the reporter's.
 */
export function speakerOfTurn(label: TurnLabel, documentVoice: string | null): TurnSpeaker {
  const who = label.who.replace(/[\s　]/g, "");
  const chair = CHAIR.test(label.office ?? who);
  const sides = label.office && GOVERNMENT.test(label.office) ? ["政府"] : [];
  if (QUESTIONER.test(who)) return { speaker: "記者", sides, chair };
  if (ANSWERER.test(who)) return { speaker: documentVoice, sides, chair };
  if (documentVoice && documentVoice !== who && documentVoice.endsWith(who)) return { speaker: documentVoice, sides, chair };
  return { speaker: who, sides, chair };
}

/** A chair's procedural sentence: opening, calling the next speaker, adjourning, putting a question to the vote. */
export const PROCEDURAL =
  /(?:開会|開議|散会|休憩|再開|閉会|延会)(?:いたします|します|いたしました|しました)|(?:会議|委員会|審査会)を開きます|これを許します|発言を許します|(?:調査|審査|質疑|討論|採決)を(?:進め|行い|続け|終局|終了|省略|許し)|御異議ありませんか|異議なしと認め|(?:可決|否決)(?:すべきものと)?決しました|^[^。、]{1,16}君[。．]?$|^(?:次に|速記を)/;

/**
 * Where a transcript's turns open (line indexes) and the record's header before the first one, when the text is
 * one: two Diet turns at least, or three labelled ones (a single 注：, 出典： line makes no transcript).
 */
export function findTurns(lines: string[]): { turns: number[]; header: [number, number] | null } | null {
  const diet = lines.flatMap((l, i) => (DIET_TURN.test(l) ? [i] : []));
  if (diet.length >= 2) return { turns: diet, header: diet[0]! > 0 ? [0, diet[0]!] : null };
  const labelled = lines.flatMap((l, i) => (isLabelledTurn(l) ? [i] : []));
  if (labelled.length < 3) return null;
  // Turns alternate between at least two voices (記者 and 大臣), and someone speaks again: one label repeated is a
  // list, and labels each used once (背景：…。経過：…。結果：…。) are a list's headings, not a dialogue.
  const voices = labelled.map((i) => turnOf(lines[i]!)!.who);
  const distinct = new Set(voices);
  return distinct.size >= 2 && distinct.size < voices.length ? { turns: labelled, header: null } : null;
}

/** A labelled turn says something after its label: not a field such as 出典：…, 注：…, 日時：…. */
function isLabelledTurn(line: string): boolean {
  const turn = !DIET_TURN.test(line) ? LABELLED_TURN.exec(line) : null;
  if (!turn) return false;
  const rest = line.slice(turn[0].length).trim();
  if (turn[4] && /(?:日時|日付|場所|出典|資料|注|備考|時間|件名|URL|写真|提供|参照)$/.test(turn[4])) return false;
  return rest.length >= 4 && /[。？?]/.test(rest);
}

/** The names a record's turns give each office (内閣総理大臣 → 山田太郎, 環境大臣 → 山本五郎). */
export function officeHolders(labels: TurnLabel[]): Map<string, string> {
  const holders = new Map<string, string>();
  for (const label of labels) if (label.office && !CHAIR.test(label.office)) holders.set(label.office, label.who);
  return holders;
}

const PRIME_MINISTER = /^(?:総理|総理大臣|首相|内閣総理大臣)$/;

/**
 * The one an office names in what a speaker reports (総理は…とおっしゃいました), when the record's turns name its
 * holder: 総理 → the 内閣総理大臣 who speaks in the record, 大臣 → its one minister. Null when the record does not tell.
 */
export function holderOfOffice(phrase: string, holders: Map<string, string>): string | null {
  if (PRIME_MINISTER.test(phrase)) return holders.get("内閣総理大臣") ?? null;
  if (holders.has(phrase)) return holders.get(phrase)!;
  if (phrase !== "大臣") return null;
  const ministers = [...holders].filter(([office]) => /大臣$/.test(office) && !PRIME_MINISTER.test(office));
  return new Set(ministers.map(([, who]) => who)).size === 1 ? ministers[0]![1] : null;
}

/** A member introducing themselves by their party (新進党の石井です, 日本維新の会の山田でございます): the party is their side. */
export function partyOfGreeting(sentence: string): string | null {
  return /^(.{1,14}?(?:党|の会|会派))の[^、。「」]{1,8}(?:です|でございます)。?$/.exec(sentence.trim())?.[1] ?? null;
}
