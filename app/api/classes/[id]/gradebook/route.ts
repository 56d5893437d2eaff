// GET /api/classes/:id/gradebook[?format=csv] — learners × assignments (its instructor only).
import { NextResponse } from "next/server";
import { apiTokenUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { gradebookCsv } from "@/lib/gradebook/csv";
import { buildGradebook } from "@/lib/gradebook/gradebook";
import { route } from "@/lib/http/handler";

export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const viewer = await apiTokenUser(req, "class:manage");
  const { id } = await ctx.params;
  const book = await buildGradebook(db, viewer, id, new Date());
  if (new URL(req.url).searchParams.get("format") === "csv") {
    return new Response(gradebookCsv(book), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="gradebook-${id}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
  return NextResponse.json(book);
});
