// For pages: a domain 404 (or 403) becomes the not-found page; other errors propagate.
import { notFound } from "next/navigation";
import { HttpError } from "@/lib/http/errors";

export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 403)) notFound();
    throw error;
  }
}
