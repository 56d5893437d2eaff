import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  const [t, nav] = await Promise.all([getTranslations("auth"), getTranslations("nav")]);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <SignUpForm />
      <p className="text-sm">
        {t("haveAccount")} <Link href="/signin" className="text-accent underline">{nav("signIn")}</Link>
      </p>
    </div>
  );
}
