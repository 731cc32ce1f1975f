"use client"
import { EmailSignInForm } from "@/components/EmailSignInForm"
import { officeSignInAction } from "../actions"

export function OfficeSignInForm({ next }: { next: string }) {
  return <EmailSignInForm id="osi" namespace="office.login" signIn={officeSignInAction} next={next} />
}
