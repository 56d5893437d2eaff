// The messages reach client components through this provider only, with the namespaces the
// client components below it use — not every namespace with every page (issue 12: ~37 KB of
// JSON inside each page's HTML, and next-intl's client runtime on pages with no translated
// client component). A route's layout wraps its pages in it (docs/decisions/0016); a unit test
// checks each page's client components against the namespaces its layouts pass.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, type Namespace } from "./namespaces";

export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), namespaces)}>{children}</NextIntlClientProvider>;
}
