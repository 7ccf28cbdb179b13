import { redirect } from 'next/navigation';

/** The employer area starts at its roles. */
export default function EmployerPage() {
  redirect('/employer/jobs');
}
