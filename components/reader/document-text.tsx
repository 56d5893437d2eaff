// The document's text, rendered on the server: blocks, ruby readings, an anchor where each fact
// starts, and every run covered by facts wrapped in a FactMark island (which highlights it as
// the filters and the selected fact say). Cut at every fact's bounds, whatever the filters show.
import { Fragment } from "react";
import type { RubyAnnotation, TextBlock } from "@/lib/facts/types";
import { buildSegments } from "@/lib/reader/segments";
import { DocumentTextFrame, FactMark } from "./text-islands";

interface Span {
  id: string;
  start: number;
  end: number;
}

function Block({ block, text, ruby, facts, factsStartingAt }: { block: TextBlock; text: string; ruby: RubyAnnotation[]; facts: Span[]; factsStartingAt: Map<number, string[]> }) {
  const inBlock = facts.filter((f) => f.start < block.end && f.end > block.start);
  return buildSegments(block.start, block.end, inBlock, ruby).map((s) => {
    const base = <span data-o={s.start}>{text.slice(s.start, s.end)}</span>;
    const content = s.reading ? (
      <ruby>
        {base}
        <rp>(</rp>
        <rt data-rt="">{s.reading}</rt>
        <rp>)</rp>
      </ruby>
    ) : (
      base
    );
    return (
      <Fragment key={s.start}>
        {(factsStartingAt.get(s.start) ?? []).map((id) => (
          <span key={id} id={`fact-${id}`} className="scroll-mt-24" />
        ))}
        {s.factIds.length > 0 ? <FactMark factIds={s.factIds}>{content}</FactMark> : content}
      </Fragment>
    );
  });
}

export function DocumentText({ text, ruby, blocks, facts, boilerplateLabel }: {
  text: string;
  ruby: RubyAnnotation[];
  blocks: TextBlock[];
  /** In document order (start, then end). */
  facts: Span[];
  boilerplateLabel: string;
}) {
  const body = blocks.length ? blocks : [{ start: 0, end: text.length, kind: "body" as const }];
  const meta = body.filter((b) => b.kind === "meta");
  const factsStartingAt = new Map<number, string[]>();
  for (const f of facts) factsStartingAt.set(f.start, [...(factsStartingAt.get(f.start) ?? []), f.id]);
  return (
    <DocumentTextFrame>
      {body
        .filter((b) => b.kind !== "meta")
        .map((b) => {
          const inner = <Block block={b} text={text} ruby={ruby} facts={facts} factsStartingAt={factsStartingAt} />;
          if (b.kind === "heading") return <h2 key={b.start} className="pt-2 text-lg font-bold">{inner}</h2>;
          if (b.kind === "caption") return <p key={b.start} className="text-sm text-stone-500">{inner}</p>;
          if (b.kind === "table") return <p key={b.start} className="whitespace-pre-wrap rounded bg-stone-50 p-2 text-sm">{inner}</p>;
          return <p key={b.start} className="whitespace-pre-wrap">{inner}</p>;
        })}
      {meta.length > 0 && (
        <details className="rounded border border-dashed border-stone-300 p-2 text-sm text-stone-500">
          <summary>{boilerplateLabel}</summary>
          {meta.map((b) => (
            <p key={b.start} className="whitespace-pre-wrap">{text.slice(b.start, b.end)}</p>
          ))}
        </details>
      )}
    </DocumentTextFrame>
  );
}
