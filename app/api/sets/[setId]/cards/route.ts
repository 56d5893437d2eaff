// Cards of one's own set: add (visible cards, cards of approved facts, or a custom card), edit, remove.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { pathParams, route } from "@/lib/http/handler";
import { addCardsToSet, addCustomCard, addFactCardsToSet, customCardSchema, editCardInSet, removeCardFromSet } from "@/lib/sets/set-cards";

export const dynamic = "force-dynamic";

const id = z.string().min(1).max(64);
const addSchema = z.union([
  z.object({ cardIds: z.array(id).min(1).max(500) }),
  z.object({ factIds: z.array(id).min(1).max(500) }),
  z.object({ custom: customCardSchema }),
]);
const params = pathParams("setId");

export const POST = route({ auth: "set:create", params, body: addSchema, bodyLimit: 32 * 1024 }, async ({ viewer, params, body }) => {
  if ("cardIds" in body) return Response.json({ added: await addCardsToSet(db, viewer.id, params.setId, body.cardIds) }, { status: 201 });
  if ("factIds" in body) return Response.json({ added: await addFactCardsToSet(db, viewer.id, params.setId, body.factIds) }, { status: 201 });
  return Response.json(await addCustomCard(db, viewer.id, params.setId, body.custom), { status: 201 });
});

export const PATCH = route({ auth: "set:create", params, body: customCardSchema.extend({ cardId: id }), bodyLimit: 16 * 1024 }, async ({ viewer, params, body }) => {
  return Response.json(await editCardInSet(db, viewer.id, params.setId, body.cardId, body));
});

export const DELETE = route({ auth: "set:create", params, body: z.object({ cardId: id }), bodyLimit: 1024 }, async ({ viewer, params, body }) => {
  await removeCardFromSet(db, viewer.id, params.setId, body.cardId);
  return new Response(null, { status: 204 });
});
