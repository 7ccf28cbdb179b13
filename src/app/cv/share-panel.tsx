// STUB (lead): the embed/export helper owns this file.
export function SharePanel(_props: { cvId: string; cvVisibility: 'public' | 'employers' | 'hidden'; baseUrl: string; verifiedCount: number }) {
  return null;
}
