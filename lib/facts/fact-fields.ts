// The editable fields of a fact, validated at the boundary (review edits and manual facts).
import { z } from "zod";
import { calendarDate, multiLine, singleLine } from "@/lib/validation/fields";
import { DATE_PRECISIONS, FACT_KINDS } from "./types";

const short = (max: number) => singleLine(max);

export const factFieldsSchema = z
  .object({
    kind: z.enum(FACT_KINDS),
    statement: multiLine(500),
    dateValue: calendarDate().nullable(),
    datePrecision: z.enum(DATE_PRECISIONS).nullable(),
    actors: z.array(short(40)).max(12),
    speaker: short(80).nullable(),
    name: short(80).nullable(),
    items: z.array(short(300)).max(20),
    topics: z.array(short(40)).max(12),
  })
  .refine(
    (f) =>
      (f.dateValue === null) === (f.datePrecision === null) &&
      (f.dateValue === null || f.dateValue.length === { year: 4, month: 7, day: 10 }[f.datePrecision!]),
    { message: "date value and precision must agree", path: ["datePrecision"] },
  );
export type FactFields = z.infer<typeof factFieldsSchema>;
