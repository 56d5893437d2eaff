import { ClientMessages } from "@/i18n/client-messages";

/** The message namespaces this route's client components use (i18n/client-messages.tsx). */
export default function StudySetLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["apiErrors", "cardQuestion", "study"]}>{children}</ClientMessages>;
}
