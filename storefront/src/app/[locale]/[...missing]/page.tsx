import { notFound } from "next/navigation"

/** Any address no page answers: with the locale a segment, Next would otherwise have no layout to show its 404 in. */
export default function Missing() {
  notFound()
}
