"use client";
// Anki's 「最適化」 on the settings page: how many reviews there are against the minimum, a button
// that fits the weights on the server, the old and new weights with what they change, and
// applying them only when the learner confirms. Resetting goes back to the defaults.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import "@/components/zod-browser-config";
import { errorCodeOf, useApiError } from "@/components/api-error";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { formatInterval } from "@/lib/srs/schedule";
import type { OptimizationProposal } from "@/lib/study/optimize-parameters";

interface Props {
  reviewCount: number;
  minimum: number;
  /** The learner's weights, null while they use the defaults. */
  parameters: readonly number[] | null;
  defaults: readonly number[];
}

const DAY_MS = 86_400_000;
const button = "rounded px-4 py-2 disabled:opacity-40";

export function FsrsOptimizer({ reviewCount, minimum, parameters: initialParameters, defaults }: Props) {
  const t = useTranslations("fsrs");
  const apiError = useApiError();
  const locale = useLocale() === "en" ? "en" : "ja";
  const [parameters, setParameters] = useState(initialParameters);
  const [proposal, setProposal] = useState<OptimizationProposal | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const enough = reviewCount >= minimum;
  const shown = parameters ?? defaults;

  async function call(url: string, method: string, body?: unknown): Promise<unknown> {
    setBusy(true);
    setError("");
    try {
      const res = await fetch(url, { method, headers: body === undefined ? {} : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      const data: unknown = await res.json().catch(() => null);
      if (!res.ok) {
        setStatus("");
        setError(apiError(errorCodeOf(data)));
        return null;
      }
      return data;
    } catch {
      setStatus("");
      setError(apiError("network"));
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function optimize() {
    setProposal(null);
    setStatus(t("optimizing"));
    const data = (await call("/api/settings/fsrs/optimize", "POST")) as OptimizationProposal | null;
    if (data) {
      setProposal(data);
      setStatus("");
    }
  }

  async function apply() {
    if (!proposal) return;
    setStatus("");
    const data = (await call("/api/settings/fsrs", "PUT", { parameters: proposal.proposed.parameters })) as { parameters: number[] } | null;
    if (data) {
      setParameters(data.parameters);
      setProposal(null);
      setStatus(t("applied"));
    }
  }

  function discard() {
    setProposal(null);
    setStatus(t("discarded"));
  }

  async function reset() {
    setStatus("");
    if (await call("/api/settings/fsrs", "DELETE")) {
      setParameters(null);
      setProposal(null);
      setStatus(t("resetDone"));
    }
  }

  const days = (list: number[]) => list.map((d) => formatInterval(d * DAY_MS, locale)).join(" → ");
  const same = proposal && proposal.proposed.parameters.every((w, i) => w === proposal.current.parameters[i]);
  const notBetter = proposal && !same && proposal.proposed.logLoss >= proposal.current.logLoss;

  return (
    <section className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-labelledby="fsrs-heading" data-testid="fsrs-optimizer">
      <h2 id="fsrs-heading" className="text-lg font-bold">{t("title")}</h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <p data-testid="fsrs-review-count">
        <span className="font-bold">{t("reviewCount", { count: reviewCount })}</span>{" "}
        <span className="text-sm text-stone-600">{enough ? t("minimum", { minimum }) : t("needMore", { remaining: minimum - reviewCount })}</span>
      </p>
      <p className="text-sm" data-testid="fsrs-current">{parameters ? t("currentCustom") : t("currentDefault")}</p>

      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => void optimize()} disabled={!enough || busy} className={`${button} bg-accent text-white`}>
          {t("optimize")}
        </button>
        {parameters && (
          <ConfirmDialog
            trigger={<button type="button" disabled={busy} className={`${button} border border-stone-300`}>{t("reset")}</button>}
            title={t("resetTitle")}
            description={t("resetDescription")}
            confirmLabel={t("resetConfirm")}
            cancelLabel={t("cancel")}
            onConfirm={() => void reset()}
          />
        )}
      </div>

      {proposal && (
        <div className="space-y-3 rounded border border-accent/40 bg-stone-50 p-3" data-testid="fsrs-proposal">
          <h3 className="font-bold">{t("proposalTitle")}</h3>
          <p className="text-sm">{t("proposalIntro", { reviews: proposal.reviewCount, items: proposal.itemCount })}</p>
          <div className="overflow-x-auto">
            <table className="w-full max-w-lg text-sm">
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th scope="col" className="py-1 pr-2">{t("metric")}</th>
                  <th scope="col" className="py-1 pr-2">{t("current")}</th>
                  <th scope="col" className="py-1">{t("proposed")}</th>
                </tr>
              </thead>
              <tbody>
                <tr className="border-b border-stone-200">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">{t("logLoss")}</th>
                  <td className="py-1 pr-2 tabular-nums">{proposal.current.logLoss.toFixed(4)}</td>
                  <td className="py-1 tabular-nums" data-testid="fsrs-proposed-logloss">{proposal.proposed.logLoss.toFixed(4)}</td>
                </tr>
                <tr className="border-b border-stone-200">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">{t("rmse")}</th>
                  <td className="py-1 pr-2 tabular-nums">{(proposal.current.rmse * 100).toFixed(2)}%</td>
                  <td className="py-1 tabular-nums">{(proposal.proposed.rmse * 100).toFixed(2)}%</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p className="text-xs text-stone-600">{t("metricsHelp")}</p>
          <div className="text-sm">
            <p className="font-bold">{t("intervalsTitle")}</p>
            <p><span className="text-stone-600">{t("current")}：</span>{days(proposal.current.intervals)}</p>
            <p data-testid="fsrs-proposed-intervals"><span className="text-stone-600">{t("proposed")}：</span>{days(proposal.proposed.intervals)}</p>
          </div>
          {same && <p className="text-sm">{t("noChange")}</p>}
          {notBetter && <p className="text-sm text-amber-900">{t("worse")}</p>}
          <details className="text-sm">
            <summary className="cursor-pointer">{t("parametersTitle")}</summary>
            <ParameterTable current={proposal.current.parameters} proposed={proposal.proposed.parameters} labels={{ index: t("index"), current: t("current"), proposed: t("proposed") }} />
          </details>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={() => void apply()} disabled={busy} className={`${button} bg-accent text-white`}>{t("apply")}</button>
            <button type="button" onClick={discard} disabled={busy} className={`${button} border border-stone-300`}>{t("discard")}</button>
          </div>
        </div>
      )}

      {!proposal && (
        <details className="text-sm">
          <summary className="cursor-pointer">{t("parametersTitle")}</summary>
          <p className="mt-1 break-words font-mono text-xs" data-testid="fsrs-parameters">{shown.map((w) => w.toFixed(4)).join(", ")}</p>
        </details>
      )}
      <p role="status" aria-live="polite" className="text-sm text-green-800">{status}</p>
      {error && <p role="alert" className="text-sm text-red-800">{error}</p>}
    </section>
  );
}

function ParameterTable({ current, proposed, labels }: { current: number[]; proposed: number[]; labels: { index: string; current: string; proposed: string } }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="text-xs tabular-nums">
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="pr-3">{labels.index}</th>
            <th scope="col" className="pr-3">{labels.current}</th>
            <th scope="col">{labels.proposed}</th>
          </tr>
        </thead>
        <tbody>
          {proposed.map((w, i) => (
            <tr key={i}>
              <th scope="row" className="pr-3 text-left font-normal">w{i}</th>
              <td className="pr-3">{current[i]!.toFixed(4)}</td>
              <td>{w.toFixed(4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
