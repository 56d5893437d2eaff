import { ClientMessages } from "@/i18n/client-messages";

/** The message namespaces this route's client components use (i18n/client-messages.tsx). */
export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["dashboard"]}>{children}</ClientMessages>;
}
