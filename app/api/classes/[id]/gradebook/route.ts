// GET /api/classes/:id/gradebook[?format=csv] — learners × assignments (its instructor only).
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { gradebookCsv, type CsvLabels } from "@/lib/gradebook/csv";
import { buildGradebook } from "@/lib/gradebook/gradebook";
import { pathParams, route } from "@/lib/http/handler";

export const GET = route({ auth: "class:manage", params: pathParams("id") }, async ({ req, viewer, params }) => {
  const book = await buildGradebook(db, viewer, params.id, new Date());
  if (new URL(req.url).searchParams.get("format") === "csv") {
    // Headers and status names in the UI language, like the page (the language cookie).
    const [t, ta] = await Promise.all([getTranslations("gradebook"), getTranslations("assignments")]);
    const labels: CsvLabels = {
      learner: t("learner"),
      email: t("csvEmail"),
      score: (title) => t("csvScore", { title }),
      status: (title) => t("csvStatus", { title }),
      timeSpent: (title) => t("csvTime", { title }),
      statusName: (status) => ta(`status_${status}` as "status_late"),
    };
    return new Response(gradebookCsv(book, labels), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="gradebook-${params.id}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
  return NextResponse.json(book);
});
