import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function ForbiddenPage() {
  const [t, c] = await Promise.all([getTranslations("auth"), getTranslations("common")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenBody")}</p>
      <Link href="/" className="text-accent underline">{c("backHome")}</Link>
    </div>
  );
}
