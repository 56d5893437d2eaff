import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const [t, c] = await Promise.all([getTranslations("documents"), getTranslations("common")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">404</h1>
      <p>{t("notFound")}</p>
      <Link href="/" className="text-accent underline">{c("backHome")}</Link>
    </div>
  );
}
