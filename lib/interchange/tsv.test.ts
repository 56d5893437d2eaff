import { describe, expect, it } from "vitest";
import { generateCards } from "@/lib/cards/generate";
import { FIXTURE_FACTS, FIXTURE_RUBY } from "@/lib/cards/test-fixtures";
import { cardsToInterchange } from "./from-cards";
import { exportCards, parseCards, type InterchangeCard } from "./tsv";

const tricky: InterchangeCard[] = [
  { front: "寧辺の読みは？", back: "ニョンビョン", tags: ["reading"] },
  { front: "タブ\tを含む", back: "改行\nを含む\r\nCRLFも", tags: ["side topic", "非核化"] },
  { front: 'He said "CVID"', back: "カンマ, を含む", tags: [] },
  { front: "#ハッシュで始まる", back: "  前後の空白  ", tags: [] },
];

describe("exportCards", () => {
  it("writes Anki TSV with headers, quoting only where needed", () => {
    const out = exportCards(tricky, { target: "anki" });
    const lines = out.split("\n");
    expect(lines.slice(0, 3)).toEqual(["#separator:tab", "#html:false", "#tags column:3"]);
    expect(lines[3]).toBe("寧辺の読みは？\tニョンビョン\treading");
    expect(out).toContain('"タブ\tを含む"');
    expect(out).toContain('"He said ""CVID"""');
    expect(out).toContain("side_topic 非核化");
    expect(out).toContain('"#ハッシュで始まる"');
    expect(out.endsWith("\n")).toBe(true);
  });

  it("writes Quizlet TSV: two columns, no quoting, line breaks flattened", () => {
    const out = exportCards(tricky, { target: "quizlet" });
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.split("\t")).toHaveLength(2);
    expect(lines[1]).toBe("タブ を含む\t改行 / を含む / CRLFも");
  });

  it("writes RFC 4180 CSV with CRLF and an optional BOM", () => {
    const out = exportCards(tricky, { target: "csv", bom: true });
    expect(out.startsWith("\uFEFFfront,back,tags\r\n")).toBe(true);
    expect(out).toContain('"カンマ, を含む"');
    expect(out).toContain('"改行\nを含む\r\nCRLFも"');
  });

  it("neutralises spreadsheet formulas in every format (a TSV is opened by spreadsheets too)", () => {
    const evil: InterchangeCard[] = [
      { front: "=HYPERLINK(\"http://x\",\"y\")", back: "+1", tags: [] },
      { front: "-2+3", back: "@SUM(A1)", tags: [] },
      { front: "\t=1", back: "a=b", tags: [] },
    ];
    const lines = exportCards(evil, { target: "csv" }).trimEnd().split("\r\n");
    expect(lines.slice(1)).toEqual([`"'=HYPERLINK(""http://x"",""y"")",'+1,`, "'-2+3,'@SUM(A1),", "'\t=1,a=b,"]);
    expect(exportCards(evil, { target: "anki" })).toContain("\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\t'+1\t\n");
    expect(exportCards(evil, { target: "anki" })).toContain("\n'-2+3\t'@SUM(A1)\t\n");
    const quizlet = exportCards(evil, { target: "quizlet" }).split("\n");
    expect(quizlet[0]).toBe(`'=HYPERLINK("http://x","y")\t'+1`);
    expect(quizlet[1]).toBe("'-2+3\t'@SUM(A1)");
    for (const line of quizlet.filter(Boolean)) expect(line.split("\t").every((cell) => !/^[=+\-@]/.test(cell)), line).toBe(true);
  });
});

describe("parseCards", () => {
  it("round-trips Anki TSV and CSV exactly", () => {
    const expected = tricky.map((c) => ({ ...c, front: c.front.trim(), back: c.back.trim(), tags: c.tags.map((t) => t.replace(/\s+/g, "_")) }));
    for (const target of ["anki", "csv"] as const) {
      const parsed = parseCards(exportCards(tricky, { target, bom: true }));
      expect(parsed.errors).toEqual([]);
      expect(parsed.cards).toEqual(expected);
    }
  });

  it("reads a Quizlet export (tabs, no header, literal quotes)", () => {
    const parsed = parseCards('非核化\tdenuclearization\n相応の措置\t"corresponding" measures\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.delimiter).toBe("\t");
    expect(parsed.cards).toEqual([
      { front: "非核化", back: "denuclearization", tags: [] },
      { front: "相応の措置", back: '"corresponding" measures', tags: [] },
    ]);
  });

  it("skips a header row and honours Anki's separator header", () => {
    expect(parseCards("term,definition\na,b\n").cards).toEqual([{ front: "a", back: "b", tags: [] }]);
    const semi = parseCards("#separator:Semicolon\n#tags column:3\n寧辺;ニョンビョン;x y\n");
    expect(semi.cards).toEqual([{ front: "寧辺", back: "ニョンビョン", tags: ["x", "y"] }]);
  });

  it("reports validation errors per line and keeps the good rows", () => {
    const text = ["a\tb", "only-one-column", "\tno front", "c\t", "d\te", ""].join("\n");
    const parsed = parseCards(text);
    expect(parsed.cards.map((c) => c.front)).toEqual(["a", "d"]);
    expect(parsed.errors).toEqual([
      { line: 2, message: "expected at least 2 columns (front and back)" },
      { line: 3, message: "front is empty" },
      { line: 4, message: "back is empty" },
    ]);
  });

  it("reports line numbers after multi-line fields and an unterminated quote", () => {
    const text = 'a\t"multi\nline"\n\t\nb\t"never closed\n';
    const parsed = parseCards(text);
    expect(parsed.cards).toEqual([{ front: "a", back: "multi\nline", tags: [] }]);
    expect(parsed.errors).toEqual([
      { line: 3, message: "front is empty; back is empty" },
      { line: 4, message: "unterminated quoted field" },
    ]);
  });

  it("limits rows and field lengths", () => {
    const many = Array.from({ length: 5 }, (_, i) => `f${i}\tb${i}`).join("\n");
    const parsed = parseCards(many, { maxRows: 3 });
    expect(parsed.cards).toHaveLength(3);
    expect(parsed.errors).toEqual([{ line: 4, message: "too many rows: at most 3" }]);
    const long = parseCards(`${"x".repeat(2001)}\tb`);
    expect(long.errors[0]!.message).toMatch(/front is longer/);
  });

  it("handles empty input, CRLF and a BOM", () => {
    expect(parseCards("")).toMatchObject({ cards: [], errors: [] });
    expect(parseCards("\uFEFFa,b\r\nc,d\r\n").cards.map((c) => c.front)).toEqual(["a", "c"]);
  });
});

describe("cardsToInterchange", () => {
  it("puts options on the front and the source on the back, and survives a round trip", () => {
    const cards = generateCards(FIXTURE_FACTS, FIXTURE_RUBY);
    const rows = cardsToInterchange(cards);
    const mc = rows[cards.findIndex((c) => c.template === "reading")]!;
    expect(mc.front).toMatch(/\nA\. /);
    expect(mc.back).toContain("出典：");
    const order = rows[cards.findIndex((c) => c.template === "put-in-order")]!;
    expect(order.front.split("\n")).toHaveLength(5);
    const parsed = parseCards(exportCards(rows, { target: "anki" }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.cards.map((c) => c.front)).toEqual(rows.map((r) => r.front));
    expect(parsed.cards.map((c) => c.back)).toEqual(rows.map((r) => r.back));
  });
});
