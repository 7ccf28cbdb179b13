import { cvPreviewImage } from './preview-image';

export const alt = 'A CV on Badgeboard, with its verified badges';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ cvId: string }> }) {
  return cvPreviewImage((await params).cvId);
}
