// Cards of one's own set: add (visible cards, cards of approved facts, or a custom card), edit, remove.
import { z } from "zod";
import { apiRequirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { addCardsToSet, addCustomCard, addFactCardsToSet, customCardSchema, editCardInSet, removeCardFromSet } from "@/lib/sets/set-cards";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ setId: string }> };

const id = z.string().min(1).max(64);
const addSchema = z.union([
  z.object({ cardIds: z.array(id).min(1).max(500) }),
  z.object({ factIds: z.array(id).min(1).max(500) }),
  z.object({ custom: customCardSchema }),
]);

export const POST = route(async (req, { params }: Ctx) => {
  const user = await apiRequirePermission("set:create");
  const { setId } = await params;
  const input = await readJson(req, addSchema, 32 * 1024);
  if ("cardIds" in input) return Response.json({ added: await addCardsToSet(db, user.id, setId, input.cardIds) }, { status: 201 });
  if ("factIds" in input) return Response.json({ added: await addFactCardsToSet(db, user.id, setId, input.factIds) }, { status: 201 });
  return Response.json(await addCustomCard(db, user.id, setId, input.custom), { status: 201 });
});

export const PATCH = route(async (req, { params }: Ctx) => {
  const user = await apiRequirePermission("set:create");
  const input = await readJson(req, customCardSchema.extend({ cardId: id }), 16 * 1024);
  return Response.json(await editCardInSet(db, user.id, (await params).setId, input.cardId, input));
});

export const DELETE = route(async (req, { params }: Ctx) => {
  const user = await apiRequirePermission("set:create");
  const { cardId } = await readJson(req, z.object({ cardId: id }), 1024);
  await removeCardFromSet(db, user.id, (await params).setId, cardId);
  return new Response(null, { status: 204 });
});
