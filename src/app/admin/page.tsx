import { redirect } from 'next/navigation';

/** The administration area has one page for now. */
export default function AdminPage() {
  redirect('/admin/issuers');
}
