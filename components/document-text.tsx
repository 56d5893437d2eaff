import { Fragment } from "react";
import type { RubyAnnotation, TextBlock } from "@/lib/facts/types";

/** Renders cleaned text block by block, with ruby readings over their base text. */
export function DocumentText({ text, ruby, blocks }: { text: string; ruby: RubyAnnotation[]; blocks: TextBlock[] }) {
  const spans = blocks.length ? blocks : [{ start: 0, end: text.length, kind: "body" as const }];
  return (
    <div className="space-y-3 leading-loose" lang="ja" data-testid="document-text">
      {spans.map((b) => {
        const content = withRuby(text, b.start, b.end, ruby);
        if (b.kind === "heading") return <h2 key={b.start} className="pt-2 text-lg font-bold">{content}</h2>;
        if (b.kind === "caption") return <p key={b.start} className="text-sm text-stone-500">{content}</p>;
        if (b.kind === "meta") return null;
        return <p key={b.start} className="whitespace-pre-wrap">{content}</p>;
      })}
    </div>
  );
}

function withRuby(text: string, start: number, end: number, ruby: RubyAnnotation[]) {
  const inside = ruby.filter((r) => r.start >= start && r.end <= end).sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = start;
  for (const r of inside) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start));
    parts.push(
      <ruby key={r.start}>
        {text.slice(r.start, r.end)}
        <rp>(</rp><rt>{r.reading}</rt><rp>)</rp>
      </ruby>,
    );
    at = r.end;
  }
  parts.push(text.slice(at, end));
  return parts.map((p, i) => <Fragment key={i}>{p}</Fragment>);
}
