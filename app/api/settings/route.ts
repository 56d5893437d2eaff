import { db } from "@/lib/db/client";
import { route } from "@/lib/http/handler";
import { studySettingsSchema, updateStudySettings } from "@/lib/progress/settings";

export const dynamic = "force-dynamic";

export const PUT = route({ auth: "user", body: studySettingsSchema, bodyLimit: 2048 }, async ({ viewer, body }) => {
  return Response.json(await updateStudySettings(db, viewer.id, body));
});
