import { ClientMessages } from "@/i18n/client-messages";

/** The message namespaces this route's client components use (i18n/client-messages.tsx). */
export default function ReaderLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["apiErrors", "jobs", "reader"]}>{children}</ClientMessages>;
}
