// GET /api/classes/:id/gradebook[?format=csv] — learners × assignments (its instructor only).
import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { gradebookCsv } from "@/lib/gradebook/csv";
import { buildGradebook } from "@/lib/gradebook/gradebook";
import { pathParams, route } from "@/lib/http/handler";

export const GET = route({ auth: "class:manage", params: pathParams("id") }, async ({ req, viewer, params }) => {
  const book = await buildGradebook(db, viewer, params.id, new Date());
  if (new URL(req.url).searchParams.get("format") === "csv") {
    return new Response(gradebookCsv(book), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="gradebook-${params.id}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
  return NextResponse.json(book);
});
