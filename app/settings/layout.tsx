import { ClientMessages } from "@/i18n/client-messages";

/** The message namespaces this route's client components use (i18n/client-messages.tsx). */
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["apiErrors", "fsrs", "settings"]}>{children}</ClientMessages>;
}
