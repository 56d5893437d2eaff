// Japanese by default; English when the visitor chose it (a cookie set by the language menu).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: "Asia/Tokyo",
    messages: loadMessages(locale),
  };
});
