import { apiRequireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { readJson, route } from "@/lib/http/handler";
import { studySettingsSchema, updateStudySettings } from "@/lib/progress/settings";

export const dynamic = "force-dynamic";

export const PUT = route(async (req) => {
  const user = await apiRequireUser();
  const input = await readJson(req, studySettingsSchema, 2048);
  return Response.json(await updateStudySettings(db, user.id, input));
});
