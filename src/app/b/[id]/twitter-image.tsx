import { badgePreviewImage } from './preview-image';

export const alt = 'A badge on Badgeboard, with its verification state';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  return badgePreviewImage((await params).id);
}
