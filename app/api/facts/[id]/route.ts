// PATCH /api/facts/:id — approve, reject, reset or edit a fact (instructors).
import { NextResponse } from "next/server";
import { apiRequirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { reviewActionSchema, reviewFact } from "@/lib/facts/review-fact";
import { readJson, route } from "@/lib/http/handler";

export const PATCH = route(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const user = await apiRequirePermission("fact:review");
  const action = await readJson(req, reviewActionSchema, 32 * 1024);
  const fact = await reviewFact(db, user, (await params).id, action);
  return NextResponse.json({ fact });
});
