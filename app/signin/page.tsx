import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/http/safe-return";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const t = await getTranslations("auth");
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="text-sm">
        {t("noAccount")} <Link href="/signup" className="text-accent underline">{(await getTranslations("nav"))("signUp")}</Link>
      </p>
    </div>
  );
}
